/// The starter file's texts in the languages Ethos ships labels for.
enum StarterPhrases {
    static let table: [String: [String: String]] = [
        "purpose": [
            "en": "Our purpose is to make our customers’ work easier, every day.",
            "de": "Unser Zweck ist es, unseren Kundinnen und Kunden jeden Tag die Arbeit zu erleichtern.",
            "sl": "Naš namen je, da našim strankam vsak dan olajšamo delo.",
            "nb": "Vårt formål er å gjøre kundenes arbeid enklere, hver dag.",
        ],
        "vision": [
            "en": "Help that feels personal.",
            "de": "Hilfe, die sich persönlich anfühlt.",
            "sl": "Pomoč, ki deluje osebno.",
            "nb": "Hjelp som føles personlig.",
        ],
        "integrity": ["en": "Integrity", "de": "Integrität", "sl": "Poštenost", "nb": "Integritet"],
        "integrity-action": [
            "en": "Say what you mean and do what you say.",
            "de": "Sag, was du meinst, und tu, was du sagst.",
            "sl": "Povej, kar misliš, in naredi, kar poveš.",
            "nb": "Si det du mener, og gjør det du sier.",
        ],
        "integrity-behavior": [
            "en": "I promise only what I know we can deliver.",
            "de": "Ich verspreche nur, was wir sicher halten können.",
            "sl": "Obljubim le tisto, kar zagotovo lahko izpolnimo.",
            "nb": "Jeg lover bare det jeg vet at vi kan levere.",
        ],
        "integrity-hiring": [
            "en": "Tell us about a time you gave a customer news they did not want to hear.",
            "de": "Erzählen Sie von einem Moment, in dem Sie einem Kunden eine unerwünschte Nachricht überbringen mussten.",
            "sl": "Opišite primer, ko ste stranki sporočili novico, ki je ni želela slišati.",
            "nb": "Fortell om en gang du måtte gi en kunde en beskjed de ikke ville høre.",
        ],
        "quality": ["en": "Quality", "de": "Qualität", "sl": "Kakovost", "nb": "Kvalitet"],
        "quality-action": [
            "en": "Solve it right the first time.",
            "de": "Löse es beim ersten Mal richtig.",
            "sl": "Reši težavo pravilno že prvič.",
            "nb": "Løs det riktig første gang.",
        ],
        "quality-hiring": [
            "en": "Describe a problem you solved so thoroughly that it never came back.",
            "de": "Beschreiben Sie ein Problem, das Sie so gründlich gelöst haben, dass es nie wiederkam.",
            "sl": "Opišite težavo, ki ste jo rešili tako temeljito, da se ni nikoli vrnila.",
            "nb": "Beskriv et problem du løste så grundig at det aldri kom tilbake.",
        ],
        "speed": ["en": "Speed", "de": "Tempo", "sl": "Hitrost", "nb": "Fart"],
        "speed-action": [
            "en": "Answer every customer as if they were waiting on you, because they are.",
            "de": "Antworte jedem Kunden, als ob er auf dich wartet, denn das tut er.",
            "sl": "Odgovori vsaki stranki, kot da čaka nate, ker res čaka.",
            "nb": "Svar hver kunde som om de venter på deg, for det gjør de.",
        ],
        "speed-hiring": [
            "en": "How do you decide what comes first when five urgent requests arrive at once?",
            "de": "Wie entscheiden Sie, was zuerst kommt, wenn fünf dringende Anfragen gleichzeitig eintreffen?",
            "sl": "Kako se odločite, kaj je prvo, ko hkrati prispe pet nujnih zahtevkov?",
            "nb": "Hvordan bestemmer du hva som kommer først når fem hastesaker kommer samtidig?",
        ],
        "hours": [
            "en": "Mon–Fri 08:00–18:00",
            "de": "Mo–Fr 08:00–18:00",
            "sl": "pon.–pet. 08.00–18.00",
            "nb": "man.–fre. 08.00–18.00",
        ],
        "offline": [
            "en": "An automatic message gives our opening hours and takes a callback request.",
            "de": "Eine automatische Ansage nennt unsere Öffnungszeiten und nimmt einen Rückrufwunsch auf.",
            "sl": "Samodejno sporočilo navede naš delovni čas in sprejme prošnjo za povratni klic.",
            "nb": "En automatisk melding oppgir åpningstidene og tar imot ønske om å bli ringt opp.",
        ],
        "source": [
            "en": "Our latest customer survey.",
            "de": "Unsere letzte Kundenbefragung.",
            "sl": "Naša zadnja anketa med strankami.",
            "nb": "Vår siste kundeundersøkelse.",
        ],
        "situation": [
            "en": "A complaint on social media",
            "de": "Eine Beschwerde in sozialen Medien",
            "sl": "Pritožba na družbenih omrežjih",
            "nb": "En klage i sosiale medier",
        ],
        "response": [
            "en": "We see this and we are sorry. We are looking into it and will get back to you today.",
            "de": "Wir haben das gesehen und es tut uns leid. Wir kümmern uns darum und melden uns noch heute.",
            "sl": "Vidimo in žal nam je. Zadevo preverjamo in se vam oglasimo še danes.",
            "nb": "Vi har sett dette, og vi beklager. Vi ser på saken og kommer tilbake til deg i dag.",
        ],
        "activities": [
            "en": "Answer every call and message, and write the help pages customers rely on.",
            "de": "Jeden Anruf und jede Nachricht beantworten und die Hilfeseiten schreiben, auf die sich Kunden verlassen.",
            "sl": "Odgovarjamo na vsak klic in sporočilo ter pišemo strani s pomočjo, na katere se stranke zanesejo.",
            "nb": "Besvare hver samtale og melding, og skrive hjelpesidene kundene stoler på.",
        ],
        "task": [
            "en": "Read the philosophy and talk through the values with your manager.",
            "de": "Die Philosophie lesen und die Werte mit der Führungskraft besprechen.",
            "sl": "Preberi filozofijo in se o vrednotah pogovori z vodjo.",
            "nb": "Les filosofien og gå gjennom verdiene sammen med lederen din.",
        ],
    ]
}
