import ArgumentParser
import EthosRender

/// `--hire NAME` with the hire's email, manager and buddy: one new hire from the command line,
/// as a row of a roster would give them.
struct HireOptions: ParsableArguments {
    @Option(help: ArgumentHelp("A new hire's name (with --team and --start).", valueName: "name"))
    var hire: String?

    @Option(help: ArgumentHelp("The new hire's email.", valueName: "email"))
    var hireEmail: String?

    @Option(help: ArgumentHelp("The hire's manager, named on their tasks.", valueName: "name"))
    var manager: String?

    @Option(help: ArgumentHelp("The manager's email; events invite them.", valueName: "email"))
    var managerEmail: String?

    @Option(help: ArgumentHelp("The hire's buddy, named on their tasks.", valueName: "name"))
    var buddy: String?

    @Option(help: ArgumentHelp("The buddy's email.", valueName: "email"))
    var buddyEmail: String?

    /// The first option given that only makes sense with `--hire`.
    var optionWithoutHire: String? {
        [("--hire-email", hireEmail), ("--manager", manager), ("--manager-email", managerEmail), ("--buddy", buddy),
         ("--buddy-email", buddyEmail)].first { $0.1 != nil }?.0
    }

    /// The hire, or `nil` without `--hire`.
    func hirePerson() throws -> Person? {
        guard let hire else { return nil }
        guard !hire.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError("--hire needs a name") }
        return Person(name: hire, email: try checked(hireEmail, "--hire-email"))
    }

    /// The manager, or `nil` without `--manager` and `--manager-email`.
    func managerPerson() throws -> Person? {
        try person(manager, email: managerEmail, option: "--manager-email")
    }

    /// The buddy, or `nil` without `--buddy` and `--buddy-email`.
    func buddyPerson() throws -> Person? {
        try person(buddy, email: buddyEmail, option: "--buddy-email")
    }

    private func person(_ name: String?, email: String?, option: String) throws -> Person? {
        Person.known(name: name, email: try checked(email, option))
    }

    private func checked(_ email: String?, _ option: String) throws -> String? {
        guard let email, !email.isEmpty else { return nil }
        guard EmailAddress.isPlausible(email) else { throw ValidationError("\(option) '\(email)' is not an email address") }
        return email
    }
}
