/// Pairs each `--contacts` file with the `--map` that follows it, as `ethos score` documents:
/// `--contacts a.csv --contacts b.csv --map zendesk` reads a.csv as generic and b.csv as a
/// Zendesk export. ArgumentParser collects each option into its own list and keeps no order
/// between them, so the order is read from the command line as typed.
enum ContactMapPairing {
    /// A problem with the order of `--map` and `--contacts`.
    struct Misplaced: Error {
        let message: String
    }

    /// The map of each of `files`, from `arguments` (the raw command line): the `--map` given
    /// after a file and before the next `--contacts`, else `generic`. When `arguments` do not
    /// hold these options (the command was parsed from other arguments), each file takes the
    /// map at its position, or all are generic when there are no maps.
    static func maps(for files: [String], maps: [String], in arguments: [String]) throws(Misplaced) -> [String] {
        var order: [(isMap: Bool, value: String)] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            for (name, isMap) in [("--contacts", false), ("--map", true)] {
                if argument == name, index + 1 < arguments.count {
                    order.append((isMap, arguments[index + 1]))
                    index += 1
                } else if argument.hasPrefix(name + "=") {
                    order.append((isMap, String(argument.dropFirst(name.count + 1))))
                }
            }
            index += 1
        }
        guard order.filter({ !$0.isMap }).map(\.value) == files, order.filter(\.isMap).map(\.value) == maps else {
            guard maps.isEmpty || maps.count == files.count else {
                throw Misplaced(message: "give one --map after each --contacts, or none for the generic layout")
            }
            return maps.isEmpty ? files.map { _ in "generic" } : maps
        }
        var paired: [String?] = []
        for item in order {
            if !item.isMap {
                paired.append(nil)
            } else if paired.isEmpty {
                throw Misplaced(message: "--map \(item.value) comes before any --contacts; give it after the file it describes")
            } else if let earlier = paired[paired.count - 1] {
                throw Misplaced(message: "--map \(earlier) and --map \(item.value) both follow --contacts \(files[paired.count - 1]); give one map a file")
            } else {
                paired[paired.count - 1] = item.value
            }
        }
        return paired.map { $0 ?? "generic" }
    }
}
