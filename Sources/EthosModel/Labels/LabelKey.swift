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
    /// "working day {n}"
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
    /// "Trainer"
    case ownerTrainer = "owner-trainer"
    /// "New hire", before the hire's name on a checklist
    case newHire
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
    /// "Welcome, {name}!"
    case welcomeHire
    /// "Your first day"
    case welcomeStart
    /// "Your manager"
    case welcomeManager
    /// "Your buddy"
    case welcomeBuddy
    /// "Welcome", the pack's first page in its navigation
    case packWelcome
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
    // The interview and role-play kit (`ethos kit`).
    /// "Interview and role-play kit"
    case kitTitle
    /// "Sheets to print for interviews and onboarding, each as a page and in Markdown:"
    case kitIntro
    /// "Interview scorecards"
    case interviewScorecards
    /// "One sheet per value. Ask its questions, note what the candidate says, and rate each value against the anchors right after the interview, before you compare notes with anyone."
    case interviewIntro
    /// "Candidate"
    case candidate
    /// "Interviewer"
    case interviewer
    /// "Date"
    case interviewDate
    /// "Role"
    case interviewRole
    /// "What to look for"
    case lookFor
    /// "This value has no interview questions yet. Ask for a recent example: “Tell me about a time you acted on this value. What did you do, and what came of it?”"
    case noQuestions
    /// "Rating"
    case ratingColumn
    /// "What you heard"
    case anchorColumn
    /// "Consistently shows the behaviors above, with specific examples of their own"
    case rating4
    /// "Shows most of the behaviors above; the examples are specific"
    case rating3
    /// "Shows some of the behaviors above, or only says what they would do"
    case rating2
    /// "No evidence of the behaviors above, or examples that go against them"
    case rating1
    /// "Notes"
    case notes
    /// "Summary"
    case interviewSummary
    /// "Role-play cards"
    case rolePlayCards
    /// "One card per situation. A colleague plays the customer and the new hire answers as on the job; then hold the answer against the card."
    case rolePlayIntro
    /// "Role play {n}"
    case rolePlayCard
    /// "The customer"
    case customerSituation
    /// "What you do"
    case yourTask
    /// "A good answer"
    case goodAnswer
    /// "acknowledges what happened to the customer before anything else"
    case goodAcknowledges
    /// "covers every point of what you do above"
    case goodCoversResponse
    /// "reaches the customer within {duration}"
    case goodWithin
    /// "hands the case to {team} when the first answer is not enough"
    case goodEscalates
    /// "ends with what happens next and when the customer hears from us"
    case goodNextStep
    /// "Pocket card"
    case pocketCard
    /// "What changed"
    case navChanges
    /// "Version {version}"
    case revisionHeading
    /// "Decided"
    case revisionDate
    /// "In effect from"
    case revisionEffective
    /// "Approved by"
    case revisionApprovedBy
    /// "Changes since the previous version"
    case revisionChanges
    /// "Revision {version} of {date}"
    case revisionFooter
    /// "Skip to content": the link that jumps past a site page's navigation
    case skipToContent
    /// "You are here": the name of a site page's breadcrumbs
    case breadcrumbs
    /// "Handbook": the name of a site page's sidebar, and its heading on a phone
    case handbook
    /// "Built on {date}": the build date in a site page's footer
    case builtOn
    /// "KPI": the column of KPI names on the site's KPI page
    case kpiColumn
}
