extension ActionGrammar {
    /// How English action statements are read; see ``heuristic``.
    static let english = ActionGrammar(
        heuristic: """
            a sentence names an action when it starts with an imperative from a list of about 200 verbs (Answer, \
            Do, Give, Treat ...), with "I", "we" or "you" followed by a word that is not a form of "to be" ("I \
            own", not "We are"), or with a word that ends like a verb (-ify, -ize, -ise, -ate: Clarify, \
            Prioritize, Anticipate).
            """,
        adverbs: ["always", "never", "only", "just", "first", "please", "together", "then", "also", "still", "really"],
        subjects: ["i", "we", "you", "let's"],
        copulas: ["am", "are", "is", "was", "were", "'m", "'re"],
        verbs: [
            "accept", "act", "add", "address", "admit", "advise", "advocate", "aim", "align", "allow", "answer",
            "apologise", "apologize", "appreciate", "arrive", "ask", "assume", "avoid", "be", "become", "begin",
            "believe", "bring", "build", "call", "care", "carry", "catch", "celebrate", "change", "check", "choose",
            "clean", "close", "coach", "come", "commit", "compare", "confirm", "connect", "consider", "count", "cut",
            "delight", "deliver", "design", "discover", "do", "don't", "double-check", "earn", "ease", "embrace",
            "empower", "enable", "encourage", "end", "engage", "enjoy", "ensure", "escalate", "exceed", "explain",
            "explore", "find", "finish", "fix", "focus", "follow", "forgive", "gather", "get", "give", "go", "greet",
            "grow", "guide", "handle", "have", "hear", "help", "hire", "hold", "honor", "honour", "include", "inform",
            "inspire", "invest", "invite", "keep", "know", "lead", "learn", "leave", "let", "listen", "live", "look",
            "love", "make", "mean", "measure", "meet", "mind", "move", "notice", "offer", "open", "own", "pay", "pick", "plan",
            "play", "prepare", "promise", "protect", "prove", "provide", "pursue", "put", "raise", "reach", "read",
            "recommend", "reduce", "reflect", "reinforce", "remember", "remove", "repair", "reply", "report",
            "resolve", "respect", "respond", "rest", "return", "review", "reward", "run", "save", "say", "see", "seek",
            "sell", "send", "serve", "set", "share", "show", "smile", "solve", "speak", "stand", "start", "stay",
            "step", "stop", "strive", "support", "surprise", "take", "talk", "teach", "tell", "thank", "think",
            "treat", "trust", "try", "turn", "understand", "use", "value", "wait", "walk", "want", "watch", "welcome",
            "win", "work", "write",
        ],
        pattern: { _, lowercased, start in
            lowercased[start].ends(withAnyOf: ["ify", "ize", "ise", "ate"], minimumLength: 5)
        })
}
