extension KPI {
    /// The catalogue's built-in KPIs, in the order the format lists them.
    ///
    /// Names, definitions and formulas are written for `en`, `de`, `sl` and `nb`; other
    /// locales fall back to English.
    public static let builtIns: [KPI] = [
        builtIn(
            "NPS", .score, .higher, KPIRange(lower: -100, upper: 100),
            name: [
                "en": "Net Promoter Score",
                "de": "Net Promoter Score",
                "sl": "Net Promoter Score",
                "nb": "Net Promoter Score",
            ],
            definition: [
                "en": "How likely customers are to recommend us, on a scale from 0 to 10.",
                "de": "Wie wahrscheinlich Kunden uns weiterempfehlen, auf einer Skala von 0 bis 10.",
                "sl": "Kako verjetno je, da nas bodo stranke priporočile drugim, na lestvici od 0 do 10.",
                "nb": "Hvor sannsynlig det er at kundene anbefaler oss, på en skala fra 0 til 10.",
            ],
            formula: [
                "en": "% promoters (9–10) minus % detractors (0–6)",
                "de": "% Promotoren (9–10) minus % Detraktoren (0–6)",
                "sl": "% promotorjev (9–10) minus % kritikov (0–6)",
                "nb": "% promotører (9–10) minus % kritikere (0–6)",
            ]
        ),
        builtIn(
            "CSAT", .percent, .higher, .share,
            name: [
                "en": "Customer Satisfaction Score",
                "de": "Kundenzufriedenheit",
                "sl": "Zadovoljstvo strank",
                "nb": "Kundetilfredshet",
            ],
            definition: [
                "en": "The share of customers who say they were satisfied with the help they got.",
                "de": "Der Anteil der Kunden, die mit der erhaltenen Hilfe zufrieden waren.",
                "sl": "Delež strank, ki pravijo, da so bile zadovoljne s prejeto pomočjo.",
                "nb": "Andelen kunder som sier at de var fornøyde med hjelpen de fikk.",
            ],
            formula: [
                "en": "satisfied answers (4–5 of 5) / all answers",
                "de": "zufriedene Antworten (4–5 von 5) / alle Antworten",
                "sl": "zadovoljni odgovori (4–5 od 5) / vsi odgovori",
                "nb": "fornøyde svar (4–5 av 5) / alle svar",
            ]
        ),
        builtIn(
            "CES", .score, .higher, KPIRange(lower: 1, upper: 7),
            name: [
                "en": "Customer Effort Score",
                "de": "Customer Effort Score",
                "sl": "Customer Effort Score",
                "nb": "Customer Effort Score",
            ],
            definition: [
                "en": "How easy customers found it to get their issue handled, on a scale from 1 to 7.",
                "de": "Wie leicht es Kunden fiel, ihr Anliegen zu erledigen, auf einer Skala von 1 bis 7.",
                "sl": "Kako enostavno je bilo strankam urediti svojo zadevo, na lestvici od 1 do 7.",
                "nb": "Hvor enkelt kundene syntes det var å få ordnet saken sin, på en skala fra 1 til 7.",
            ],
            formula: [
                "en": "mean answer (1–7) to “The company made it easy to handle my issue”",
                "de": "Mittelwert der Antworten (1–7) auf „Das Unternehmen hat es mir leicht gemacht, mein Anliegen zu erledigen“",
                "sl": "povprečni odgovor (1–7) na trditev „Podjetje mi je olajšalo reševanje moje zadeve“",
                "nb": "gjennomsnittlig svar (1–7) på «Selskapet gjorde det enkelt å få ordnet saken min»",
            ]
        ),
        builtIn(
            "FCR", .percent, .higher, .share,
            name: [
                "en": "First Contact Resolution",
                "de": "Erstlösungsquote",
                "sl": "Stopnja rešitve ob prvem stiku",
                "nb": "Førstekontaktløsning",
            ],
            definition: [
                "en": "The share of issues solved in the customer’s first contact, so they don’t need to get back to us.",
                "de": "Der Anteil der Anliegen, die schon beim ersten Kontakt gelöst werden, ohne dass der Kunde sich erneut melden muss.",
                "sl": "Delež zadev, ki jih rešimo že ob prvem stiku, tako da se stranki ni treba znova oglasiti.",
                "nb": "Andelen saker som blir løst allerede ved første kontakt, uten at kunden må ta kontakt igjen.",
            ],
            formula: [
                "en": "contacts resolved in the first contact / all contacts",
                "de": "beim ersten Kontakt gelöste Anfragen / alle Anfragen",
                "sl": "stiki, rešeni že ob prvem stiku / vsi stiki",
                "nb": "henvendelser løst ved første kontakt / alle henvendelser",
            ]
        ),
        builtIn(
            "FRT", .duration, .lower, .nonNegative,
            name: [
                "en": "First Response Time",
                "de": "Erstreaktionszeit",
                "sl": "Čas do prvega odziva",
                "nb": "Tid til første svar",
            ],
            definition: [
                "en": "How long a customer waits after their first message until a person replies.",
                "de": "Wie lange ein Kunde nach seiner ersten Nachricht wartet, bis ein Mensch antwortet.",
                "sl": "Koliko časa stranka po svojem prvem sporočilu čaka, da ji odgovori človek.",
                "nb": "Hvor lenge en kunde venter etter sin første melding før et menneske svarer.",
            ],
            formula: [
                "en": "time from the customer’s first message to the first human reply",
                "de": "Zeit von der ersten Nachricht des Kunden bis zur ersten menschlichen Antwort",
                "sl": "čas od prvega sporočila stranke do prvega odgovora človeka",
                "nb": "tid fra kundens første melding til første svar fra et menneske",
            ]
        ),
        builtIn(
            "AHT", .duration, .lower, .nonNegative,
            name: [
                "en": "Average Handle Time",
                "de": "Durchschnittliche Bearbeitungszeit",
                "sl": "Povprečni čas obravnave",
                "nb": "Gjennomsnittlig behandlingstid",
            ],
            definition: [
                "en": "How long it takes on average to handle one contact, including hold time and the work after it.",
                "de": "Wie lange die Bearbeitung eines Kontakts im Schnitt dauert, einschließlich Halte- und Nachbearbeitungszeit.",
                "sl": "Koliko časa v povprečju traja obravnava enega stika, vključno s čakanjem na liniji in delom po stiku.",
                "nb": "Hvor lang tid det i snitt tar å behandle én henvendelse, inkludert ventetid og etterarbeid.",
            ],
            formula: [
                "en": "(talk + hold + after-contact work) / handled contacts",
                "de": "(Gesprächszeit + Haltezeit + Nachbearbeitungszeit) / bearbeitete Kontakte",
                "sl": "(čas pogovora + čakanje + delo po stiku) / obravnavani stiki",
                "nb": "(samtaletid + ventetid + etterarbeid) / behandlede henvendelser",
            ]
        ),
        builtIn(
            "CRR", .percent, .higher, .share,
            name: [
                "en": "Customer Retention Rate",
                "de": "Kundenbindungsrate",
                "sl": "Stopnja ohranjanja strank",
                "nb": "Kundebevaringsgrad",
            ],
            definition: [
                "en": "The share of customers we keep over a period, not counting new customers won in it.",
                "de": "Der Anteil der Kunden, die wir in einem Zeitraum halten, ohne die neu gewonnenen mitzuzählen.",
                "sl": "Delež strank, ki jih v obdobju obdržimo, brez upoštevanja novo pridobljenih strank.",
                "nb": "Andelen kunder vi beholder i løpet av en periode, uten å regne med nye kunder.",
            ],
            formula: [
                "en": "(customers at end - new customers) / customers at start",
                "de": "(Kunden am Ende - Neukunden) / Kunden am Anfang",
                "sl": "(stranke ob koncu - nove stranke) / stranke na začetku",
                "nb": "(kunder ved periodens slutt - nye kunder) / kunder ved periodens start",
            ]
        ),
        builtIn(
            "QA", .percent, .higher, .share,
            name: [
                "en": "Quality Assurance Score",
                "de": "Qualitätsbewertung",
                "sl": "Ocena kakovosti",
                "nb": "Kvalitetsscore",
            ],
            definition: [
                "en": "How well our conversations meet our quality standards, as judged in quality reviews.",
                "de": "Wie gut unsere Gespräche unsere Qualitätsstandards erfüllen, gemessen in Qualitätsprüfungen.",
                "sl": "Kako dobro naši pogovori s strankami izpolnjujejo standarde kakovosti, kot jih ocenimo pri pregledih.",
                "nb": "Hvor godt samtalene våre oppfyller kvalitetskravene våre, vurdert i kvalitetsgjennomganger.",
            ],
            formula: [
                "en": "mean quality-review score",
                "de": "durchschnittliche Punktzahl der Qualitätsprüfungen",
                "sl": "povprečna ocena pregledov kakovosti",
                "nb": "gjennomsnittlig poengsum fra kvalitetsgjennomganger",
            ]
        ),
        builtIn(
            "AOV", .currency, .higher, .nonNegative,
            name: [
                "en": "Average Order Value",
                "de": "Durchschnittlicher Bestellwert",
                "sl": "Povprečna vrednost naročila",
                "nb": "Gjennomsnittlig ordreverdi",
            ],
            definition: [
                "en": "How much a customer spends on average in one order.",
                "de": "Wie viel ein Kunde im Schnitt pro Bestellung ausgibt.",
                "sl": "Koliko stranka v povprečju porabi za eno naročilo.",
                "nb": "Hvor mye en kunde i snitt bruker per bestilling.",
            ],
            formula: [
                "en": "revenue / orders",
                "de": "Umsatz / Anzahl der Bestellungen",
                "sl": "prihodki / število naročil",
                "nb": "omsetning / antall bestillinger",
            ]
        ),
        builtIn(
            "churn", .percent, .lower, .share,
            name: [
                "en": "Churn Rate",
                "de": "Abwanderungsrate",
                "sl": "Stopnja odliva strank",
                "nb": "Kundefrafall",
            ],
            definition: [
                "en": "The share of customers who stop buying from us over a period.",
                "de": "Der Anteil der Kunden, die in einem Zeitraum aufhören, bei uns zu kaufen.",
                "sl": "Delež strank, ki v obdobju prenehajo kupovati pri nas.",
                "nb": "Andelen kunder som slutter å handle hos oss i løpet av en periode.",
            ],
            formula: [
                "en": "customers lost / customers at start",
                "de": "verlorene Kunden / Kunden am Anfang",
                "sl": "izgubljene stranke / stranke na začetku",
                "nb": "tapte kunder / kunder ved periodens start",
            ]
        ),
        builtIn(
            "SQL", .count, .higher, .nonNegative,
            name: [
                "en": "Sales-Qualified Leads",
                "de": "Sales Qualified Leads",
                "sl": "Prodajno kvalificirani potencialni kupci",
                "nb": "Salgskvalifiserte leads",
            ],
            definition: [
                "en": "How many potential customers sales judged ready for a sales conversation in the period.",
                "de": "Wie viele Interessenten der Vertrieb im Zeitraum als reif für ein Verkaufsgespräch eingestuft hat.",
                "sl": "Število potencialnih kupcev, ki jih je prodajna ekipa v obdobju ocenila kot pripravljene na prodajni pogovor.",
                "nb": "Hvor mange potensielle kunder salgsavdelingen har vurdert som klare for en salgssamtale i perioden.",
            ],
            formula: [
                "en": "number of sales-qualified leads in the window",
                "de": "Anzahl der vertriebsqualifizierten Leads im Zeitraum",
                "sl": "število prodajno kvalificiranih potencialnih kupcev v obdobju",
                "nb": "antall salgskvalifiserte leads i perioden",
            ]
        ),
        builtIn(
            "MQL", .count, .higher, .nonNegative,
            name: [
                "en": "Marketing-Qualified Leads",
                "de": "Marketing Qualified Leads",
                "sl": "Trženjsko kvalificirani potencialni kupci",
                "nb": "Markedskvalifiserte leads",
            ],
            definition: [
                "en": "How many potential customers marketing judged ready to pass on to sales in the period.",
                "de": "Wie viele Interessenten das Marketing im Zeitraum als reif für die Übergabe an den Vertrieb eingestuft hat.",
                "sl": "Število potencialnih kupcev, ki jih je trženje v obdobju ocenilo kot primerne za predajo prodaji.",
                "nb": "Hvor mange potensielle kunder markedsavdelingen har vurdert som klare til å sendes videre til salg i perioden.",
            ],
            formula: [
                "en": "number of marketing-qualified leads in the window",
                "de": "Anzahl der marketingqualifizierten Leads im Zeitraum",
                "sl": "število trženjsko kvalificiranih potencialnih kupcev v obdobju",
                "nb": "antall markedskvalifiserte leads i perioden",
            ]
        ),
        builtIn(
            "employee-turnover", .percent, .lower, .share,
            name: [
                "en": "Employee Turnover Rate",
                "de": "Fluktuationsrate",
                "sl": "Fluktuacija zaposlenih",
                "nb": "Turnover",
            ],
            definition: [
                "en": "The share of employees who leave the company over a period.",
                "de": "Der Anteil der Mitarbeitenden, die das Unternehmen in einem Zeitraum verlassen.",
                "sl": "Delež zaposlenih, ki v obdobju zapustijo podjetje.",
                "nb": "Andelen ansatte som slutter i selskapet i løpet av en periode.",
            ],
            formula: [
                "en": "leavers / mean headcount",
                "de": "Abgänge / durchschnittlicher Personalbestand",
                "sl": "odhodi / povprečno število zaposlenih",
                "nb": "ansatte som har sluttet / gjennomsnittlig antall ansatte",
            ]
        ),
        builtIn(
            "eNPS", .score, .higher, KPIRange(lower: -100, upper: 100),
            name: [
                "en": "Employee Net Promoter Score",
                "de": "Employee Net Promoter Score",
                "sl": "Employee Net Promoter Score",
                "nb": "Employee Net Promoter Score",
            ],
            definition: [
                "en": "How likely employees are to recommend the company as a place to work, on a scale from 0 to 10.",
                "de": "Wie wahrscheinlich Mitarbeitende das Unternehmen als Arbeitgeber weiterempfehlen, auf einer Skala von 0 bis 10.",
                "sl": "Kako verjetno je, da bi zaposleni podjetje priporočili kot delodajalca, na lestvici od 0 do 10.",
                "nb": "Hvor sannsynlig det er at de ansatte anbefaler selskapet som arbeidsplass, på en skala fra 0 til 10.",
            ],
            formula: [
                "en": "% promoters (9–10) minus % detractors (0–6) among employees",
                "de": "% Promotoren (9–10) minus % Detraktoren (0–6) unter den Mitarbeitenden",
                "sl": "% promotorjev (9–10) minus % kritikov (0–6) med zaposlenimi",
                "nb": "% promotører (9–10) minus % kritikere (0–6) blant de ansatte",
            ]
        ),
    ]

    private static func builtIn(
        _ id: String, _ unit: KPIUnit, _ direction: KPIDirection, _ range: KPIRange?,
        name: [LocaleID: String], definition: [LocaleID: String], formula: [LocaleID: String]
    ) -> KPI {
        KPI(id: id, name: LocalizedText(name), unit: unit, direction: direction, range: range,
            definition: LocalizedText(definition), formula: LocalizedText(formula), isBuiltIn: true)
    }
}
