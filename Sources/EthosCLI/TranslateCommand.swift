import ArgumentParser

/// `ethos translate`: hands a philosophy's texts to translators and takes their work back.
struct TranslateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "translate",
        abstract: "Exchange a philosophy's texts with translators as PO or XLIFF files.",
        discussion: """
            Export the texts for one language, have them translated in Poedit or any CAT \
            tool, import the result back into the YAML file, and check what is left:

              ethos translate export philosophy.yml --locale fr -o fr.po
              ethos translate import philosophy.yml fr.po
              ethos translate status philosophy.yml

            Each string carries its field path (values[0].action) as context. Texts marked \
            '# translate' (copies 'ethos init' wrote in English) count as untranslated. \
            docs/translation.md describes the workflow.
            """,
        subcommands: [TranslateExportCommand.self, TranslateImportCommand.self, TranslateStatusCommand.self]
    )
}
