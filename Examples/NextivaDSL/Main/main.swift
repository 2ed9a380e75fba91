// Builds Nextiva's philosophy with the Ethos DSL, checks it, and prints each standard as the
// plain-language sentence every Ethos output uses. Run: swift run nextiva-dsl [locale]
import EthosModel
import EthosRender
import Foundation
import NextivaPhilosophy

let philosophy = Nextiva.philosophy
let locale = CommandLine.arguments.dropFirst().first.map { LocaleID($0) } ?? philosophy.defaultLocale

let findings = PhilosophyChecker.check(philosophy)
for finding in findings {
    print(finding.formatted)
}

print("\(philosophy.company): \(philosophy.text(philosophy.vision, in: locale))")
for value in philosophy.values {
    print("  \(philosophy.text(value.name, in: locale)): \(philosophy.text(value.action, in: locale)) "
        + "(\(value.kpis.joined(separator: ", ")))")
}
print("Standards:")
for standard in philosophy.standards {
    print("  \(ObjectiveSentence.make(for: standard, in: philosophy, locale: locale))")
}
if findings.contains(where: { $0.severity == .error }) {
    exit(1)
}
