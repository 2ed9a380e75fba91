import EthosModel

/// The kit's view models in the context's locale. Texts are plain, as for every Markdown
/// template: the template escapes them as it inserts them.
extension RenderContext {
    /// `Interview scorecards: Nextiva`: a sheet's title, which names the company.
    func title(of sheet: KitSheet) -> String {
        "\(labels[sheet.titleKey]): \(philosophy.company)"
    }

    /// A scorecard per value; `team` names the role the candidate is interviewed for.
    func interviewScorecards(team: Team?) -> InterviewScorecardsViewModel {
        let ratings: [(String, LabelKey)] = [("4", .rating4), ("3", .rating3), ("2", .rating2), ("1", .rating1)]
        return InterviewScorecardsViewModel(
            title: title(of: .interviewScorecards),
            team: team.map { text($0.name) },
            labels: labels.text,
            sheets: philosophy.values.map { value in
                let action = text(value.action)
                let behaviors = value.behaviors.map(text)
                return .init(value: text(value.name), action: action, questions: value.hiring.map(text),
                             lookFor: behaviors.isEmpty ? [action] : behaviors)
            },
            anchors: ratings.map { .init(rating: $0.0, text: labels[$0.1]) })
    }

    /// A role-play card per recovery plan, in file order.
    func rolePlayCards(team: Team?) -> RolePlayCardsViewModel {
        let cards = zip(philosophy.recovery, responseTimes).enumerated().map { index, pair in
            let (plan, responseTime) = pair
            let escalateTo = plan.escalateTo.map(teamName)
            // What a good answer does: the points every recovery shares, and this plan's own
            // response time and hand-over.
            var good = [labels[.goodAcknowledges], labels[.goodCoversResponse]]
            if let responseTime { good.append(labels[.goodWithin, ["duration": responseTime]]) }
            if let escalateTo { good.append(labels[.goodEscalates, ["team": escalateTo]]) }
            good.append(labels[.goodNextStep])
            return RolePlayCardsViewModel.Card(
                heading: labels[.rolePlayCard, ["n": format.number(Double(index + 1))]],
                situation: text(plan.situation), response: text(plan.response), respondWithin: responseTime,
                escalateTo: escalateTo, goodAnswer: good)
        }
        return RolePlayCardsViewModel(title: title(of: .rolePlayCards), team: team.map { text($0.name) },
                                      labels: labels.text, cards: cards)
    }

    /// Every value with its action statement.
    var pocketCard: PocketCardViewModel {
        PocketCardViewModel(
            title: title(of: .pocketCard), vision: text(philosophy.vision), labels: labels.text,
            values: philosophy.values.map { .init(name: text($0.name), action: text($0.action)) })
    }

    /// `Interview and role-play kit: Nextiva`.
    var kitTitle: String {
        "\(labels[.kitTitle]): \(philosophy.company)"
    }

    /// The kit's first page: every sheet, linked by file name.
    func kitIndex(team: Team?) -> KitIndexViewModel {
        KitIndexViewModel(
            title: kitTitle, team: team.map { text($0.name) }, labels: labels.text,
            sheets: KitSheet.allCases.map {
                .init(title: labels[$0.titleKey], page: $0.fileName(.html), markdown: $0.fileName(.md))
            })
    }
}
