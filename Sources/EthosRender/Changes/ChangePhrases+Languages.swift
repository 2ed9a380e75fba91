extension ChangePhrases {
    static let english = ChangePhrases(
        usesOwnFormats: true,
        subjects: [.philosophy: "philosophy", .locale: "language", .value: "value", .kpi: "KPI",
                   .standard: "standard", .channel: "channel", .recoveryPlan: "recovery plan", .team: "team",
                   .task: "onboarding task"],
        company: "company",
        parts: [.name: "name", .action: "action statement", .description: "description", .behaviors: "behaviours",
                .hiring: "hiring questions", .statement: "statement", .source: "source", .activities: "activities",
                .hours: "hours", .offline: "message outside hours", .definition: "definition", .formula: "formula",
                .situation: "situation", .response: "first response", .task: "wording", .purpose: "purpose",
                .vision: "support vision", .conflicts: "guidance for conflicting choices",
                .awareness: "journey: awareness", .consideration: "journey: consideration",
                .decision: "journey: decision", .postPurchase: "journey: after the purchase",
                .mustBe: "must-be expectations", .performance: "performance expectations",
                .delighters: "delighters"],
        settings: [.kpi: "KPI", .unit: "unit", .direction: "better when", .range: "valid range", .channelKind: "kind",
                   .workdays: "working days", .holidays: "holidays", .phases: "onboarding phases"],
        quotes: Quotes(open: "“", close: "”"),
        added: { "\($0) added." },
        removed: { "\($0) removed." },
        renamed: { "\($0) renamed to \($1)." },
        reworded: { "\($0): \($1) reworded." },
        partReworded: { "\($0) reworded." },
        tendencies: [.tightened: "tightened", .loosened: "loosened", .changed: "changed"],
        objective: { "\($0) \($1): \($2)." },
        changed: { "\($0): \($1) \($2)." },
        window: "window", refresher: "refresher training", channel: "channel", deadline: "first answer within",
        escalation: "escalates to", moved: "phase", taskOwner: "done by",
        kpisAdded: "KPIs added", kpisRemoved: "KPIs removed",
        owns: { team, subject, previous in
            "Team \(team) now owns \(subject)" + (previous.map { ", instead of team \($0)." } ?? ".")
        },
        ownerless: { "\($0) no longer has an owning team (was team \($1))." },
        share: { "\($0) within \($1)" }, atLeast: { "at least \($0)" }, atMost: { "at most \($0)" },
        perPeriod: { "per \($0)" }, overDuration: { "over \($0)" },
        allChannels: "all channels", nobody: "nobody", none: "none",
        substanceHeading: "Changes of substance", wordingHeading: "Wording only", noChanges: "No changes.")

    // German participles do not agree with their noun when they close a phrase
    // ("Wert Tempo hinzugefügt"), and "für" takes the accusative, which for the plural
    // durations Foundation writes ("3 Tage") is the nominative.
    static let german = ChangePhrases(
        usesOwnFormats: true,
        subjects: [.philosophy: "Philosophie", .locale: "Sprache", .value: "Wert", .kpi: "KPI",
                   .standard: "Standard", .channel: "Kanal", .recoveryPlan: "Plan für Pannen", .team: "Team",
                   .task: "Einarbeitungsaufgabe"],
        company: "Unternehmen",
        parts: [.name: "Name", .action: "Handlungsleitsatz", .description: "Beschreibung", .behaviors: "Verhaltensweisen",
                .hiring: "Interviewfragen", .statement: "Formulierung", .source: "Quelle", .activities: "Aufgaben",
                .hours: "Erreichbarkeit", .offline: "Hinweis außerhalb der Zeiten", .definition: "Definition",
                .formula: "Formel", .situation: "Situation", .response: "erste Antwort", .task: "Wortlaut",
                .purpose: "Unternehmenszweck", .vision: "Service-Vision", .conflicts: "Leitlinie für Zielkonflikte",
                .awareness: "Kundenreise: Aufmerksamkeit", .consideration: "Kundenreise: Abwägung",
                .decision: "Kundenreise: Entscheidung", .postPurchase: "Kundenreise: nach dem Kauf",
                .mustBe: "Basiserwartungen", .performance: "Leistungserwartungen", .delighters: "Begeisterungsfaktoren"],
        settings: [.kpi: "KPI", .unit: "Einheit", .direction: "besser, wenn", .range: "gültiger Bereich",
                   .channelKind: "Art", .workdays: "Arbeitstage", .holidays: "Feiertage",
                   .phases: "Einarbeitungsphasen"],
        quotes: Quotes(open: "„", close: "“"),
        added: { "\($0) hinzugefügt." },
        removed: { "\($0) entfernt." },
        renamed: { "\($0) umbenannt in \($1)." },
        reworded: { "\($0): \($1) umformuliert." },
        partReworded: { "\($0) umformuliert." },
        tendencies: [.tightened: "verschärft", .loosened: "gelockert", .changed: "geändert"],
        objective: { "\($0) \($1): \($2)." },
        changed: { "\($0): \($1) \($2)." },
        window: "Zeitraum", refresher: "Auffrischungsschulung", channel: "Kanal", deadline: "erste Antwort",
        escalation: "Weitergabe an", moved: "Phase", taskOwner: "zuständig",
        kpisAdded: "KPIs hinzugefügt", kpisRemoved: "KPIs entfernt",
        owns: { team, subject, previous in
            "Team \(team) verantwortet jetzt \(subject)" + (previous.map { " statt Team \($0)." } ?? ".")
        },
        ownerless: { "\($0) hat kein verantwortliches Team mehr (bisher Team \($1))." },
        share: { "höchstens \($1) für \($0)" }, atLeast: { "mindestens \($0)" }, atMost: { "höchstens \($0)" },
        perPeriod: { "pro \($0)" }, overDuration: { "über \($0)" },
        allChannels: "alle Kanäle", nobody: "niemand", none: "keine",
        substanceHeading: "Inhaltliche Änderungen", wordingHeading: "Nur Formulierung",
        noChanges: "Keine Änderungen.")

    // Slovenian participles agree with their noun's gender, so each phrase names the change
    // with a noun after a colon ("Novo: vrednota Hitrost"); "največ" and "za" leave the
    // duration and share in the nominative and accusative Foundation writes.
    static let slovenian = ChangePhrases(
        usesOwnFormats: true,
        subjects: [.philosophy: "filozofija", .locale: "jezik", .value: "vrednota", .kpi: "KPI",
                   .standard: "standard", .channel: "kanal", .recoveryPlan: "načrt ob napaki", .team: "ekipa",
                   .task: "naloga uvajanja"],
        company: "podjetje",
        parts: [.name: "ime", .action: "izjava o ravnanju", .description: "opis", .behaviors: "vedenja",
                .hiring: "vprašanja za razgovor", .statement: "besedilo", .source: "vir", .activities: "dejavnosti",
                .hours: "delovni čas", .offline: "sporočilo zunaj delovnega časa", .definition: "definicija",
                .formula: "formula", .situation: "situacija", .response: "prvi odgovor", .task: "besedilo naloge",
                .purpose: "poslanstvo", .vision: "vizija podpore", .conflicts: "smernica ob nasprotujočih si izbirah",
                .awareness: "pot kupca: zavedanje", .consideration: "pot kupca: razmislek",
                .decision: "pot kupca: odločitev", .postPurchase: "pot kupca: po nakupu",
                .mustBe: "osnovna pričakovanja", .performance: "pričakovanja zmogljivosti", .delighters: "navdušenja"],
        settings: [.kpi: "KPI", .unit: "enota", .direction: "boljše, ko", .range: "veljavni razpon",
                   .channelKind: "vrsta", .workdays: "delovni dnevi", .holidays: "prazniki",
                   .phases: "faze uvajanja"],
        quotes: Quotes(open: "»", close: "«"),
        added: { "Novo: \(lowercasedStart($0))." },
        removed: { "Odstranjeno: \(lowercasedStart($0))." },
        renamed: { "Preimenovano: \(lowercasedStart($0)) → \($1)." },
        reworded: { "\($0): novo besedilo – \($1)." },
        partReworded: { "Novo besedilo: \(lowercasedStart($0))." },
        tendencies: [.tightened: "zaostritev", .loosened: "omilitev", .changed: "sprememba"],
        objective: { "\($0): \($1) – \($2)." },
        changed: { "\($0): \($1) \($2)." },
        window: "obdobje", refresher: "osvežitveno usposabljanje", channel: "kanal", deadline: "prvi odgovor",
        escalation: "predaja", moved: "faza", taskOwner: "izvajalec",
        kpisAdded: "dodani KPI-ji", kpisRemoved: "odstranjeni KPI-ji",
        owns: { team, subject, previous in
            "Ekipa \(team) je zdaj odgovorna za \(subject)" + (previous.map { " (prej ekipa \($0))." } ?? ".")
        },
        ownerless: { "\($0): brez odgovorne ekipe (prej ekipa \($1))." },
        share: { "največ \($1) za \($0)" }, atLeast: { "najmanj \($0)" }, atMost: { "največ \($0)" },
        perPeriod: { "na \($0)" }, overDuration: { "obdobje \($0)" },
        allChannels: "vsi kanali", nobody: "nihče", none: "brez",
        substanceHeading: "Vsebinske spremembe", wordingHeading: "Samo besedilo", noChanges: "Ni sprememb.")

    // Norwegian past participles do not inflect after a definite noun ("Verdien Fart
    // fjernet"), and subjects take their definite form.
    static let norwegian = ChangePhrases(
        usesOwnFormats: true,
        subjects: [.philosophy: "filosofien", .locale: "språket", .value: "verdien", .kpi: "KPI-en",
                   .standard: "standarden", .channel: "kanalen", .recoveryPlan: "gjenopprettingsplanen",
                   .team: "teamet", .task: "opplæringsoppgaven"],
        company: "selskapet",
        parts: [.name: "navnet", .action: "handlingssetningen", .description: "beskrivelsen", .behaviors: "atferden",
                .hiring: "intervjuspørsmålene", .statement: "formuleringen", .source: "kilden",
                .activities: "aktivitetene", .hours: "åpningstidene", .offline: "meldingen utenom åpningstid",
                .definition: "definisjonen", .formula: "formelen", .situation: "situasjonen",
                .response: "det første svaret", .task: "ordlyden", .purpose: "formålet", .vision: "supportvisjonen",
                .conflicts: "retningslinjen for motstridende valg", .awareness: "kundereisen: oppmerksomhet",
                .consideration: "kundereisen: vurdering", .decision: "kundereisen: beslutning",
                .postPurchase: "kundereisen: etter kjøpet", .mustBe: "basisforventningene",
                .performance: "ytelsesforventningene", .delighters: "begeistringsfaktorene"],
        settings: [.kpi: "KPI", .unit: "enhet", .direction: "bedre når", .range: "gyldig område",
                   .channelKind: "type", .workdays: "arbeidsdager", .holidays: "helligdager",
                   .phases: "opplæringsfaser"],
        quotes: Quotes(open: "«", close: "»"),
        added: { "\($0) lagt til." },
        removed: { "\($0) fjernet." },
        renamed: { "\($0) har fått nytt navn: \($1)." },
        reworded: { "\($0): \($1) omformulert." },
        partReworded: { "\($0) omformulert." },
        tendencies: [.tightened: "skjerpet", .loosened: "lempet", .changed: "endret"],
        objective: { "\($0) \($1): \($2)." },
        changed: { "\($0): \($1) \($2)." },
        window: "periode", refresher: "oppfriskningsopplæring", channel: "kanal", deadline: "første svar innen",
        escalation: "eskaleres til", moved: "fase", taskOwner: "ansvarlig",
        kpisAdded: "KPI-er lagt til", kpisRemoved: "KPI-er fjernet",
        owns: { team, subject, previous in
            "Teamet \(team) eier nå \(subject)" + (previous.map { " i stedet for teamet \($0)." } ?? ".")
        },
        ownerless: { "\($0) har ikke lenger et ansvarlig team (før: teamet \($1))." },
        share: { "\($0) innen \($1)" }, atLeast: { "minst \($0)" }, atMost: { "høyst \($0)" },
        perPeriod: { "per \($0)" }, overDuration: { "over \($0)" },
        allChannels: "alle kanaler", nobody: "ingen", none: "ingen",
        substanceHeading: "Endringer i innhold", wordingHeading: "Bare formulering", noChanges: "Ingen endringer.")

    /// `Vrednota Hitrost` as it stands after a colon: `vrednota Hitrost`.
    private static func lowercasedStart(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.lowercased() + text.dropFirst()
    }
}
