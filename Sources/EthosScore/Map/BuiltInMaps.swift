/// The maps Ethos knows by name: its own generic layout and three helpdesks' exports.
/// `docs/scorecard.md` cites the documentation each follows.
extension ColumnMap {
    /// The names `--map` accepts besides a map file.
    public static let builtInNames = ["generic", "zendesk", "freshdesk", "connect"]

    /// The built-in map called `name`, if there is one.
    public static func builtIn(_ name: String) -> ColumnMap? {
        switch name.lowercased() {
        case "generic": .generic
        case "zendesk": .zendesk
        case "freshdesk": .freshdesk
        case "connect": .connect
        default: nil
        }
    }

    /// Ethos's own columns, named as the fields (`id`, `created`, `first_reply` …). Only `id`
    /// and `created` must be there; a file gives whichever others it has.
    public static let generic = ColumnMap(
        name: "generic",
        fields: Dictionary(uniqueKeysWithValues: ContactField.allCases.map { field in
            (field, FieldSpec(field.rawValue, optional: !field.isRequired))
        })
    )

    /// Zendesk Support's ticket CSV export (Reporting → Export, "CSV").
    public static let zendesk = ColumnMap(
        name: "zendesk",
        fields: [
            .id: FieldSpec("ID", "Id"),
            .created: FieldSpec("Created at"),
            .solved: FieldSpec("Solved at"),
            .channel: FieldSpec("Via"),
            .team: FieldSpec("Group"),
            .replies: FieldSpec("Replies"),
            .reopens: FieldSpec("Reopens"),
            .firstReplyMinutes: FieldSpec("First reply time in minutes"),
            .csat: FieldSpec("Satisfaction Score", good: ["Good"], bad: ["Bad"], none: ["Offered", "Not Offered", "Unoffered"]),
        ],
        channels: [
            "Voice": "phone", "Phone call (incoming)": "phone", "Chat": "chat", "Messaging": "chat",
            "Mail": "email", "Email": "email", "Web Form": "email", "Web form": "email",
            "Twitter": "social", "Facebook Post": "social", "Facebook Message": "social",
        ],
        firstReplyResolution: 60,
        zoneAdvice: "Zendesk writes times in the account's time zone (Admin Center → Account → Localization): pass it as --timezone"
    )

    /// Freshdesk's ticket export (Tickets → Export, CSV).
    public static let freshdesk = ColumnMap(
        name: "freshdesk",
        fields: [
            .id: FieldSpec("Ticket ID"),
            .created: FieldSpec("Created time"),
            .solved: FieldSpec("Resolved time"),
            .firstReply: FieldSpec("Initial response time"),
            .channel: FieldSpec("Source"),
            .team: FieldSpec("Group"),
            .replies: FieldSpec("Agent interactions"),
            .csat: FieldSpec("Survey results",
                             good: ["Awesome", "Extremely satisfied", "Very satisfied", "Satisfied", "Happy"],
                             bad: ["Just Okay", "Neutral", "Not Good", "Dissatisfied", "Very dissatisfied",
                                   "Extremely dissatisfied", "Unhappy"],
                             none: ["Not rated"]),
        ],
        channels: [
            "Email": "email", "Portal": "email", "Outbound Email": "email", "Feedback Widget": "email",
            "Phone": "phone", "Chat": "chat", "Twitter": "social", "Facebook": "social", "WhatsApp": "chat",
            "Forum": "self-service",
        ],
        zoneAdvice: "Freshdesk writes times in the helpdesk's time zone (Admin → Helpdesk Settings): pass it as --timezone"
    )

    /// Amazon Connect contact records (CTRs) flattened to CSV, as an Athena or Glue export of
    /// the contact record stream writes them: nested keys joined with dots.
    public static let connect = ColumnMap(
        name: "connect",
        fields: [
            .id: FieldSpec("ContactId"),
            .created: FieldSpec("InitiationTimestamp"),
            .channel: FieldSpec("Channel"),
            .team: FieldSpec("Queue.Name"),
            .waitSeconds: FieldSpec("Queue.Duration"),
            .firstReply: FieldSpec("Agent.ConnectedToAgentTimestamp"),
            .talkSeconds: FieldSpec("Agent.AgentInteractionDuration"),
            .holdSeconds: FieldSpec("Agent.CustomerHoldDuration"),
            .wrapSeconds: FieldSpec("Agent.AfterContactWorkDuration"),
            .csat: FieldSpec("Attributes.csat", optional: true),
            .nps: FieldSpec("Attributes.nps", optional: true),
            .ces: FieldSpec("Attributes.ces", optional: true),
        ],
        channels: ["VOICE": "phone", "CHAT": "chat", "TASK": "other", "EMAIL": "email"]
    )
}
