// Types named with the bare words another library, or a user's own module, is likely to use.
// `EthosTests` imports this module beside `Ethos` and names each type unqualified: were Ethos
// to export a type of the same name, those lines would be ambiguous and fail to compile.

/// A library's `Purpose`.
public struct Purpose {}
/// A library's `Vision`.
public struct Vision {}
/// A library's `Conflicts`.
public struct Conflicts {}
/// A library's `Values`.
public struct Values {}
/// A library's `KPIs`.
public struct KPIs {}
/// A library's `Standards`.
public struct Standards {}
/// A library's `Channels`.
public struct Channels {}
/// A library's `Recovery`.
public struct Recovery {}
/// A library's `Teams`.
public struct Teams {}
/// A library's `Revisions`.
public struct Revisions {}
/// A library's `Site`.
public struct Site {}
/// A library's `Section`.
public struct Section {}
/// A library's `Content`.
public struct Content {}
/// A library's `ListBuilder`.
public struct ListBuilder {}
