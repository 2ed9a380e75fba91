import EthosLoader
import EthosModel

/// The commented starter philosophy `ethos init` writes, shaped like Nextiva's template:
/// purpose, vision, values with action statements and KPIs, standards, channels, recovery,
/// a team and onboarding. Texts are written in English, German, Slovenian and Norwegian;
/// other locales get the English text marked for translation.
enum StarterFile {
    static func render(company: String, locales: [LocaleID]) -> String {
        let header = """
            # The customer-service philosophy of \(company), in the Ethos format (version 1).
            # Check it with: ethos validate philosophy.yml
            # Editor completion: run 'ethos schema -o ethos.schema.json', then make this line the first:
            #   # yaml-language-server: $schema=./ethos.schema.json
            ethos: 1
            company: \(quoted(company))
            # The first locale is the default; every text below has one entry per locale.
            locales: [\(locales.map(\.tag).joined(separator: ", "))]
            # updated: YYYY-MM-DD  (the date of this revision, shown in outputs)

            # Our purpose: the company's mission, in one or two sentences.
            purpose:\(text("purpose", locales, indent: 2))
            # The support vision: a few words to one sentence, easy to act on.
            vision:\(text("vision", locales, indent: 2))

            # The support values: no more than five, each with an action statement that starts
            # with a verb, and the KPIs that show the value is lived.
            values:
              - name:\(text("integrity", locales, indent: 6))
                action:\(text("integrity-action", locales, indent: 6))
                behaviors:
                  -\(text("integrity-behavior", locales, indent: 8))
                kpis: [NPS, QA]
                hiring:
                  -\(text("integrity-hiring", locales, indent: 8))
              - name:\(text("quality", locales, indent: 6))
                action:\(text("quality-action", locales, indent: 6))
                kpis: [FCR, CSAT]
                hiring:
                  -\(text("quality-hiring", locales, indent: 8))
              - name:\(text("speed", locales, indent: 6))
                action:\(text("speed-action", locales, indent: 6))
                kpis: [FRT]
                hiring:
                  -\(text("speed-hiring", locales, indent: 8))

            # Where customers reach you, when it is staffed, and what they get outside those hours.
            channels:
              - name: Phone
                kind: phone
                hours:\(text("hours", locales, indent: 6))
                offline:\(text("offline", locales, indent: 6))

            # Measurable, specific, time-bound standards. Prefer a floor such as 90 % to a 100 % rule.
            standards:
              - kpi: FRT
                channel: Phone
                objective: { share: 90%, within: 2m }
                window: month
                owner: Support
                source:\(text("source", locales, indent: 6))
              - kpi: CSAT
                objective: { at-least: 85% }
                window: month
                owner: Support
                source:\(text("source", locales, indent: 6))

            # How you answer when things go wrong.
            recovery:
              - situation:\(text("situation", locales, indent: 6))
                respond-within: 1h
                response:\(text("response", locales, indent: 6))
                escalate-to: Support

            # How each team lives the philosophy, and the metrics it watches.
            teams:
              - name: Support
                activities:\(text("activities", locales, indent: 6))
                kpis: [CSAT, FRT, FCR]

            # Every new hire meets the philosophy early; standards are refreshed in training.
            onboarding:
              refresher: quarter
              tasks:
                - phase: day-1
                  owner: manager
                  task:\(text("task", locales, indent: 8))

            """
        return header
    }

    /// A text field's value: a plain string for one locale, else a mapping with one line per locale.
    private static func text(_ key: String, _ locales: [LocaleID], indent: Int) -> String {
        let phrases = StarterPhrases.table[key] ?? [:]
        func phrase(_ locale: LocaleID) -> (String, Bool) {
            if let own = phrases[locale.tag] ?? phrases[locale.language] { return (own, true) }
            return (phrases["en"] ?? "", false)
        }
        if locales.count == 1 {
            let (value, translated) = phrase(locales[0])
            return " " + quoted(value) + (translated ? "" : "  # translate")
        }
        let padding = String(repeating: " ", count: indent)
        return locales.map { locale in
            let (value, translated) = phrase(locale)
            return "\n\(padding)\(locale.tag): \(quoted(value))" + (translated ? "" : "  # translate")
        }.joined()
    }

    /// A YAML double-quoted scalar.
    static func quoted(_ value: String) -> String {
        YAMLQuoting.doubleQuoted(value)
    }
}
