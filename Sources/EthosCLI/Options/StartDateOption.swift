import ArgumentParser
import EthosLoader
import EthosModel
import EthosRender

/// `--start YYYY-MM-DD` and `--holidays FILE.ics`: the day checklist due dates count from, and
/// the days off they skip beyond the philosophy's `calendar`.
struct StartDateOption: ParsableArguments {
    @Option(help: ArgumentHelp("The first day; due dates count working days from it.", valueName: "YYYY-MM-DD"))
    var start: CalendarDate?

    @Option(help: ArgumentHelp("A holiday calendar whose days due dates skip.", valueName: "file.ics"), completion: .file(extensions: ["ics"]))
    var holidays: String?

    /// The days off of `--holidays`, empty without it. Its problems are printed; errors stop
    /// the command.
    func holidayList() throws -> [Holiday] {
        guard let holidays else { return [] }
        let result = HolidayCalendarReader.read(path: holidays)
        if !result.diagnostics.isEmpty {
            FileOutput.standardError.write(result.diagnostics.map { $0.formatted + "\n" }.joined())
        }
        guard !result.hasErrors else { throw ExitStatus.problems }
        return result.holidays
    }

    /// Warns when `--start` is not a working day of `philosophy` with `holidays`: due dates
    /// then count from the next one.
    func warnIfNotWorkingDay(in philosophy: Philosophy, holidays: [Holiday]) {
        guard let start else { return }
        let workingDays = WorkingDays(philosophy.calendar, extraHolidays: holidays)
        guard let first = workingDays.firstWorkingDay(onOrAfter: start), first != start else { return }
        FileOutput.standardError.write("warning: \(StartDay.movedMessage(from: start, to: first, workingDays: workingDays)) "
            + "[\(RuleID.startNotWorkingDay)]\n")
    }
}
