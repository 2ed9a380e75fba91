import EthosModel

/// `translation-missing`: a text without a translation for a listed locale.
///
/// The loader reports it (``PhilosophyChecker``), so `ethos validate` shows it too; it is listed
/// among the lint rules so that `ethos lint` can explain it and a file can silence it.
struct TranslationMissing: LintRule {
    let id: RuleID = .translationMissing
    let severity = Severity.warning
    let summary = "a text without a translation for a listed locale"
    let explanation = """
        A philosophy published in several languages should say the same in each. When a text has \
        translations but lacks one for a locale under `locales`, readers in that locale get the \
        default locale's text in the middle of their own. The check runs while the file is \
        loaded, so `ethos validate` reports it too. A text that is the same in every language, \
        such as a name or "24/7", is best written as a plain string, which needs no translation.
        """
    let fix = "add the missing translation, or write a plain string when the text is the same in every language"
}
