extension PhilosophyComparison {
    /// The company's name, its languages, purpose and vision.
    mutating func comparePhilosophy() {
        if old.company != new.company {
            record(philosophy("company"), .renamed(from: LocalizedText(old.company)))
        }
        for locale in new.locales where !old.locales.contains(locale) {
            record(ChangeSubject(.locale, id: locale.tag, name: LocalizedText(locale.tag)), .added)
        }
        for locale in old.locales where !new.locales.contains(locale) {
            record(ChangeSubject(.locale, id: locale.tag, name: LocalizedText(locale.tag)), .removed)
        }
        compareText(old.purpose, new.purpose, .purpose, of: philosophy("purpose"))
        compareText(old.vision, new.vision, .vision, of: philosophy("vision"))
    }

    /// The journey's stages and the expectations' Kano lists.
    mutating func compareJourneyAndExpectations() {
        let (before, after) = (old.journey, new.journey)
        let journey = philosophy("journey")
        compareText(before?.awareness, after?.awareness, .awareness, of: journey)
        compareText(before?.consideration, after?.consideration, .consideration, of: journey)
        compareText(before?.decision, after?.decision, .decision, of: journey)
        compareText(before?.postPurchase, after?.postPurchase, .postPurchase, of: journey)
        let expectations = philosophy("expectations")
        compareTexts(old.expectations?.mustBe ?? [], new.expectations?.mustBe ?? [], .mustBe, of: expectations)
        compareTexts(old.expectations?.performance ?? [], new.expectations?.performance ?? [], .performance,
                     of: expectations)
        compareTexts(old.expectations?.delighters ?? [], new.expectations?.delighters ?? [], .delighters,
                     of: expectations)
    }

    /// The working days and the holidays that onboarding due dates skip.
    mutating func compareCalendar() {
        let calendar = philosophy("calendar")
        let days = { (calendar: WorkCalendar?) in
            (calendar?.effectiveWorkdays ?? Weekday.workingWeek).map(\.rawValue).joined(separator: ", ")
        }
        compareSetting(days(old.calendar), days(new.calendar), .workdays, of: calendar)
        let holidays = { (calendar: WorkCalendar?) in
            (calendar?.holidays ?? []).map(\.date.description).sorted().joined(separator: ", ")
        }
        compareSetting(holidays(old.calendar), holidays(new.calendar), .holidays, of: calendar)
    }
}
