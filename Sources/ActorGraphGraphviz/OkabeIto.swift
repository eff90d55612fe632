/// The Okabe–Ito palette: eight colours that stay distinguishable under the common forms of
/// colour blindness. Values are `#RRGGBB` strings, as Graphviz takes them.
///
/// ```swift
/// attributes["color"] = .string(OkabeIto.vermillion)   // "#D55E00"
/// ```
public enum OkabeIto {
    /// `#000000`.
    public static let black = "#000000"
    /// `#E69F00`.
    public static let orange = "#E69F00"
    /// `#56B4E9`.
    public static let skyBlue = "#56B4E9"
    /// `#009E73`.
    public static let bluishGreen = "#009E73"
    /// `#F0E442`.
    public static let yellow = "#F0E442"
    /// `#0072B2`.
    public static let blue = "#0072B2"
    /// `#D55E00`.
    public static let vermillion = "#D55E00"
    /// `#CC79A7`.
    public static let reddishPurple = "#CC79A7"
}
