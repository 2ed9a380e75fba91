/// A label Ethos puts around a philosophy, by the key templates read it under
/// (`{{labels.checklistTitle}}`); each case's comment gives its English wording. Every
/// language's labels switch over every key, so a language that lacks one does not compile.
package enum LabelKey: String, CaseIterable, Sendable {
    /// "Customer-service philosophy"
    case subtitle
    /// "Contents"
    case contents
    /// "Page {page} of {pages}": a printed page's number, at its foot
    case printPageNumber
    /// "Our purpose"
    case purpose
    /// "Support vision"
    case vision
    /// "Support values"
    case values
    /// "How we live our values"
    case howWeLive
    /// "Value"
    case valueColumn
    /// "Action statement"
    case actionColumn
    /// "Key metrics"
    case metricsColumn
    /// "How I live it"
    case behaviors
    /// "Interview questions"
    case hiring
    /// "Key performance indicators"
    case kpis
    /// "What it measures"
    case definition
    /// "Formula"
    case formula
    /// "Higher is better."
    case higherIsBetter
    /// "Lower is better."
    case lowerIsBetter
    /// "Target"
    case target
    /// "Service standards"
    case standards
    /// "Standard"
    case standardColumn
    /// "Measured over"
    case windowColumn
    /// "Channel"
    case channelColumn
    /// "Owner"
    case ownerColumn
    /// "Based on"
    case sourceColumn
    /// "Channels and availability"
    case channels
    /// "Staffed"
    case hoursColumn
    /// "Outside these hours"
    case offlineColumn
    /// "Service along the buyer’s journey"
    case journey
    /// "Awareness"
    case awareness
    /// "Consideration"
    case consideration
    /// "Decision"
    case decision
    /// "After the purchase"
    case postPurchase
    /// "Customer expectations"
    case expectations
    /// "Must-be: taken for granted"
    case mustBe
    /// "Performance: more is better"
    case performance
    /// "Delighters: unexpected extras"
    case delighters
    /// "When things go wrong"
    case recovery
    /// "Situation"
    case situationColumn
    /// "Respond within"
    case respondWithinColumn
    /// "First response"
    case responseColumn
    /// "Escalate to"
    case escalateColumn
    /// "How our teams live the philosophy"
    case teams
    /// "Team"
    case teamColumn
    /// "Key activities"
    case activitiesColumn
    /// "Metrics"
    case teamMetricsColumn
    /// "Onboarding"
    case onboarding
    /// "Every new hire works through a checklist for their team. These tasks are on every checklist:"
    case onboardingIntro
    /// "Refresher training"
    case refresherTraining
    /// "Refresher training interval"
    case refresherInterval
    /// "When choices conflict"
    case conflicts
    /// "Last updated"
    case updated
    /// "day"
    case windowDay = "window-day"
    /// "week"
    case windowWeek = "window-week"
    /// "month"
    case windowMonth = "window-month"
    /// "quarter"
    case windowQuarter = "window-quarter"
    /// "year"
    case windowYear = "window-year"
    /// "daily"
    case everyDay = "every-day"
    /// "weekly"
    case everyWeek = "every-week"
    /// "monthly"
    case everyMonth = "every-month"
    /// "quarterly"
    case everyQuarter = "every-quarter"
    /// "yearly"
    case everyYear = "every-year"
    /// "Day {n}"
    case phaseDay
    /// "Week {n}"
    case phaseWeek
    /// "Onboarding checklist: {team}"
    case checklistTitle
    /// "Company"
    case company
    /// "Start date"
    case startDate
    /// "Owner"
    case owner
    /// "Due"
    case due
    /// "day {n}"
    case dueDay
    /// "Read the customer-service philosophy"
    case readPhilosophy
    /// "Read it whole and write down your questions for your manager."
    case readPhilosophyDetail
    /// "Put the value “{value}” in your own words"
    case valueInOwnWords
    /// "Learn the metric {kpi}"
    case learnKPI
    /// "Role-play: {situation}"
    case rolePlay
    /// "Respond within {duration}."
    case respondWithin
    /// "Manager"
    case ownerManager = "owner-manager"
    /// "Buddy"
    case ownerBuddy = "owner-buddy"
    /// "HR"
    case ownerHr = "owner-hr"
    /// "New hire"
    case ownerNewHire = "owner-new-hire"
    /// "How we know we live it"
    case valueKPIs
    /// "The metrics we watch"
    case teamKPIs
    /// "Onboarding checklist"
    case onboardingChecklist
    /// "as Markdown"
    case checklistMarkdown
    /// "as CSV for task tools"
    case checklistCSV
    /// "Site"
    case siteNavigation
    /// "Languages"
    case languages
    /// "Philosophy"
    case navPhilosophy
    /// "KPIs"
    case navKPIs
    /// "Standards"
    case navStandards
    /// "Teams"
    case navTeams
    /// "Welcome to {team}"
    case welcomeTitle
    /// "This pack holds what you need for your first weeks at {company}:"
    case welcomeIntro
    /// "our customer-service philosophy"
    case packPhilosophy
    /// "what your team does and the metrics it watches"
    case packTeam
    /// "your onboarding checklist"
    case packChecklist
    /// "every task as a calendar event (import onboarding.ics into your calendar)"
    case packCalendar
    /// "ID"
    case kpiID
    /// "name"
    case kpiName
    /// "unit"
    case kpiUnit
    /// "better"
    case kpiBetter
    /// "range"
    case kpiRange
    /// "any"
    case kpiAnyRange
    /// "definition"
    case kpiDefinition
    /// "formula"
    case kpiFormula
    /// "score"
    case unitScore = "unit-score"
    /// "percent"
    case unitPercent = "unit-percent"
    /// "duration"
    case unitDuration = "unit-duration"
    /// "count"
    case unitCount = "unit-count"
    /// "currency"
    case unitCurrency = "unit-currency"
    /// "higher"
    case betterHigher = "better-higher"
    /// "lower"
    case betterLower = "better-lower"
    /// "How we are doing"
    case scorecardTitle
    /// "met"
    case scoreMet
    /// "missed"
    case scoreMissed
    /// "not enough data"
    case scoreNotEnoughData
    /// "no data: {input}"
    case scoreNoData
    /// "no complete window yet"
    case scoreNoCompleteWindow
    /// "Data"
    case scoreData
    /// "Contacts"
    case scoreContacts
    /// "Rejected rows"
    case scoreRejected
    /// "Period"
    case scoreWindowColumn
    /// "Counted"
    case scoreCountedColumn
    /// "Result"
    case scoreValueColumn
    /// "Status"
    case scoreStatusColumn
    /// "Error budget used"
    case scoreBudgetColumn
    /// "{used} of {allowed}"
    case scoreBudgetOf
    /// "budget {used}/{allowed}"
    case scoreBudgetShort
    /// "incomplete"
    case scorePartial
    /// "Teams in the last complete period"
    case scoreTeamsHeading
    /// "Team"
    case scoreTeamColumn
    /// "… and {n} more teams"
    case scoreMoreTeams
    /// "Trend: {standard}"
    case scoreChartTitle
    /// "{count} periods from {from} to {to}: {met} met, {missed} missed, {thin} with too little data. Target {target}, latest result {latest}."
    case scoreChartDescription
}
