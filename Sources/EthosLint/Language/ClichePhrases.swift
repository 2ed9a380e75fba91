/// Slogans the articles warn against ("the customer is always right" and its kin), in the
/// languages Ethos ships (en, de, sl, nb). They sound like values but tell nobody what to do.
enum ClichePhrases {
    static let all = PhraseList([
        "customer is always right", "customers are always right", "client is always right", "customer is king",
        "customers are king", "customer is god", "customer comes first", "customers come first", "customer first",
        "customers first",
        "kunde ist könig", "kunde ist koenig", "kunden sind könige", "kunde hat immer recht", "kunden haben immer recht",
        "kunde steht im mittelpunkt", "kunden stehen im mittelpunkt", "kunde zuerst", "kunden zuerst",
        "kupec je kralj", "kupec je vedno kralj", "stranka je kralj", "stranka je vedno kralj", "kupec ima vedno prav",
        "stranka ima vedno prav", "stranka je vedno v redu", "stranka je na prvem mestu", "stranke so na prvem mestu",
        "kupec je na prvem mestu",
        "kunden har alltid rett", "kundene har alltid rett", "kunden er konge", "kunden er kongen", "kunden først",
        "kundene først", "kunden i sentrum", "kundene i sentrum", "kunden står i sentrum",
    ])
}
