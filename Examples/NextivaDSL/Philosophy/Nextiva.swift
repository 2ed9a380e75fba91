import EthosModel

/// Nextiva's customer-service philosophy written with the Ethos DSL: the same philosophy as
/// `Examples/nextiva.yml`, value for value (a test checks that both give equal models).
public enum Nextiva {
    /// The philosophy.
    public static var philosophy: Philosophy {
        Philosophy(company: "Nextiva", locales: ["en"], updated: CalendarDate(year: 2026, month: 11, day: 1)) {
            CompanyPurpose("Our purpose at Nextiva is to keep businesses close to their own customers with communications that just work, backed by real people who know the product.")
            SupportVision("Amazing Service")
            ServiceValues {
                ServiceValue(
                    name: "Integrity",
                    action: "Say what you mean. Mean what you say.",
                    description: "We tell customers what is true, even when it is not what they hoped to hear, and our words and our actions match.",
                    behaviors: [
                        "I promise only what I know we can deliver.",
                        "I say so when I do not know an answer, and I come back with it.",
                        "I close every commitment I open, in writing.",
                    ],
                    kpis: ["NPS", "QA"],
                    hiring: [
                        "Tell us about a time you had to give a customer news they did not want. How did you put it?",
                        "When did you last admit a mistake to someone who depended on you?",
                    ])
                ServiceValue(
                    name: "Quality",
                    action: "Do it right the first time.",
                    description: "A problem solved for good is worth more than a fast answer that brings the customer back tomorrow.",
                    behaviors: [
                        "I confirm the whole problem is solved before I close the case.",
                        "I own a case from start to finish instead of passing it on.",
                    ],
                    kpis: ["FCR", "CSAT"],
                    hiring: ["Describe a problem you fixed so thoroughly that it never came back."])
                ServiceValue(
                    name: "Speed",
                    action: "Treat every customer with urgency.",
                    description: "When a phone system is down, a business is down. We act like it.",
                    behaviors: [
                        "I answer as if the customer's business is waiting on me, because it often is.",
                        "I keep the customer posted while I work, so nobody wonders where things stand.",
                    ],
                    kpis: ["FRT", "AHT"],
                    hiring: ["How do you decide what to do first when five urgent requests arrive at once?"])
                ServiceValue(
                    name: "Loyalty",
                    action: "Make customers feel like family.",
                    description: "We know the people behind each account and we look after them for years, not for one call.",
                    behaviors: [
                        "I remember the customer's history and never make them repeat it.",
                        "I think about what the customer will need next, not only what they asked today.",
                    ],
                    kpis: ["CRR", "AOV"],
                    hiring: ["Tell us about a customer or colleague you kept in touch with long after the job was done."])
                ServiceValue(
                    name: "Autonomy",
                    action: "Give customers tools to help themselves.",
                    description: "Many customers would rather fix a setting themselves in two minutes than wait for anyone. We make that easy.",
                    behaviors: [
                        "I turn every question I answer twice into a help-center article.",
                        "I show customers where to find the answer next time.",
                    ],
                    kpis: ["CES"],
                    hiring: ["How would you explain voicemail forwarding so that a first-time user could set it up alone?"])
            }
            KPIDefinitions {
                KPIDefinition(
                    id: "brand-loyalty",
                    name: "Brand loyalty",
                    unit: .percent,
                    direction: .higher,
                    definition: "Share of surveyed customers who would choose Nextiva again for their next phone system.",
                    formula: "customers answering \"definitely again\" / customers surveyed")
                KPIDefinition(
                    id: "feature-usage",
                    name: "Feature usage",
                    unit: .percent,
                    direction: .higher,
                    definition: "Share of active accounts that used a newly released feature at least once in the window.",
                    formula: "active accounts using the feature / all active accounts")
                KPIDefinition(
                    id: "word-of-mouth",
                    name: "Word of mouth",
                    unit: .percent,
                    direction: .higher,
                    definition: "Share of new customers who came to us on someone's recommendation.",
                    formula: "new customers naming a referral / all new customers")
            }
            ServiceChannels {
                Channel(
                    name: "Phone",
                    kind: .phone,
                    hours: "Mon–Fri 06:00–20:00 MST, Sat 08:00–16:00 MST",
                    offline: "A recorded message gives the next opening time and takes a callback request that we return first.")
                Channel(
                    name: "Chat",
                    kind: .chat,
                    hours: "Mon–Fri 06:00–20:00 MST",
                    offline: "The chat window becomes a contact form, and an automatic reply says when an agent will answer.")
                Channel(
                    name: "E-mail",
                    kind: .email,
                    hours: "Mon–Fri 06:00–20:00 MST",
                    offline: "An automatic reply confirms receipt, links the help center and says when we will write back.")
                Channel(
                    name: "Social media",
                    kind: .social,
                    hours: "Mon–Fri 07:00–19:00 MST, Sat–Sun 09:00–15:00 MST",
                    offline: "An automatic message thanks the customer and says when a person will pick up the conversation.")
            }
            ServiceStandards {
                ServiceStandard(
                    kpi: "FRT",
                    statement: "90% of calls reach a real person within two minutes.",
                    objective: .share(percent: 90, within: .minutes(2)),
                    window: .month,
                    channel: "Phone",
                    owner: "Support",
                    source: "Customer interviews in 2026 showed callers lose patience after about two minutes on hold.")
                ServiceStandard(
                    kpi: "FRT",
                    statement: "90% of chats get a first reply from a person within one minute.",
                    objective: .share(percent: 90, within: .minutes(1)),
                    window: .month,
                    channel: "Chat",
                    owner: "Support",
                    source: "Post-chat survey comments about waiting.")
                ServiceStandard(
                    kpi: "FRT",
                    statement: "90% of e-mails get a personal answer within four hours.",
                    objective: .share(percent: 90, within: .hours(4)),
                    window: .month,
                    channel: "E-mail",
                    owner: "Support",
                    source: "Post-contact survey, question on reply speed.")
                ServiceStandard(
                    kpi: "FRT",
                    statement: "90% of mentions and messages get a reply within one hour.",
                    objective: .share(percent: 90, within: .hours(1)),
                    window: .month,
                    channel: "Social media",
                    owner: "Support",
                    source: "Review of social complaints in 2025; late replies drew the most anger.")
                ServiceStandard(
                    kpi: "NPS",
                    objective: .atLeast(50),
                    window: .quarter,
                    owner: "Support",
                    source: "Quarterly relationship survey of all active accounts.")
                ServiceStandard(
                    kpi: "CSAT",
                    objective: .atLeast(.percent(of: 85)),
                    window: .month,
                    owner: "Support",
                    source: "One-question survey after every closed case.")
                ServiceStandard(
                    kpi: "FCR",
                    objective: .atLeast(.percent(of: 75)),
                    window: .month,
                    owner: "Support",
                    source: "Case data, checked against the post-contact survey question \"Was your issue solved?\"")
                ServiceStandard(
                    kpi: "AHT",
                    objective: .atMost(.duration(.minutes(6))),
                    window: .month,
                    channel: "Phone",
                    owner: "Support",
                    source: "Call recordings reviewed in QA; longer calls rarely solved more.")
            }
            RecoveryPlans {
                RecoveryPlan(
                    situation: "A complaint on social media",
                    respondWithin: .hours(1),
                    response: "We see your post and we are sorry this happened. We are looking into it right now and will get back to you here today.",
                    escalateTo: "Support")
                RecoveryPlan(
                    situation: "A service outage affects many customers",
                    respondWithin: .minutes(15),
                    response: "We know about the outage and our engineers are working on it. We will post an update every 30 minutes until service is back.",
                    escalateTo: "Leadership")
                RecoveryPlan(
                    situation: "We made a mistake on an invoice",
                    respondWithin: .hours(4),
                    response: "We got this wrong. We have corrected the invoice and refunded the difference.",
                    escalateTo: "Support")
            }
            SupportTeams {
                Team(
                    name: "Support",
                    activities: "Live the philosophy in every call and chat, and write the self-service content and support playbooks customers rely on.",
                    kpis: ["CSAT", "NPS", "CES", "CRR"]) {
                    OnboardingTask(phase: .week(1), task: "Listen in on ten calls and five chats with your buddy.", owner: "buddy")
                }
                Team(
                    name: "Sales",
                    activities: "Sell in line with the support values and the customer's real needs, so support can keep every promise made in the sale.",
                    kpis: ["SQL", "churn"],
                    lintIgnore: ["kpi-orphan"])
                Team(
                    name: "Design",
                    activities: "Carry the values into copy, tone and visuals on the website, in the apps and in every message.",
                    kpis: ["brand-loyalty"],
                    lintIgnore: ["kpi-orphan"])
                Team(
                    name: "Product",
                    activities: "Put customer values at the center of product development and build features that fit the philosophy.",
                    kpis: ["CRR", "CSAT", "feature-usage"],
                    lintIgnore: ["kpi-orphan"])
                Team(
                    name: "HR",
                    activities: "Hire for cultural fit and the traits support needs, using the values benchmark in every interview.",
                    kpis: ["employee-turnover"],
                    lintIgnore: ["kpi-orphan"])
                Team(
                    name: "Leadership",
                    activities: "Lead by example and make strategic decisions that match the support values.",
                    kpis: ["eNPS"],
                    lintIgnore: ["kpi-orphan"])
                Team(
                    name: "Marketing",
                    activities: "Build the marketing strategy from the values and promise nothing the service cannot back up.",
                    kpis: ["word-of-mouth", "MQL"],
                    lintIgnore: ["kpi-orphan"])
            }
            Onboarding(refresher: .quarter) {
                OnboardingTask(phase: .day(1), task: "Read the philosophy and talk through the five values with your manager.", owner: "manager")
                OnboardingTask(phase: .week(1), task: "Sit in on live calls and chats with a buddy from Support, whatever your role.", owner: "buddy")
                OnboardingTask(phase: .day(30), task: "Write down, in your own words, what each value means in your job.", owner: "new-hire")
                OnboardingTask(phase: .day(60), task: "Role-play the recovery situations with your team.", owner: "manager")
                OnboardingTask(phase: .day(90), task: "Review your first three months against the values with HR.", owner: "hr")
            }
            BuyerJourney(
                awareness: "Explain in plain words what a cloud phone system solves, before anyone talks about price.",
                consideration: "Answer detailed questions about setup, porting numbers and reliability honestly, including what we do not do.",
                decision: "Make ordering, porting and the first invoice simple, with one named contact for questions.",
                postPurchase: "Help the customer get set up and keep using more of the product, with real people one call away.")
            CustomerExpectations(
                mustBe: [
                        "Calls connect and the service is up.",
                        "The invoice matches the contract.",
                    ],
                performance: [
                        "The faster a person answers, the better.",
                        "The fewer contacts a problem takes, the better.",
                    ],
                delighters: [
                        "An agent spots a setting that saves the customer money and offers to change it.",
                        "A follow-up call a week after setup to check everything still works.",
                    ])
            ConflictGuidance("When a rule or request pulls against the philosophy, the agent chooses what keeps our word to the customer, explains the choice, and brings the case to the weekly team meeting so we can revisit the rule.")
        }
    }
}
