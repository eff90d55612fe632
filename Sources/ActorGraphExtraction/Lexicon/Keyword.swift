/// Single token keys the finders test tokens against ("by", "the", ","). Every compiled
/// ``Vocabulary`` numbers these first, in declaration order, so a keyword's raw value is its
/// vocabulary id and `key(i) == "by"` becomes `keyIDs[i] == Keyword.by.rawValue`: a load and an
/// integer compare instead of a string comparison.
enum Keyword: Int32, CaseIterable, Sendable {
    case the, a, an, this, one
    case of, by, to, from, into, on, `in`, at, with, `for`, about, over, inside, across, throughout
    case toward, towards, between, including, and, or, but, `as`, then, `while`
    case it, they, that, who, which, whom, each, other, `do`, does, did, well, he, she, dominated, its, their
    case since, during, until, led, headed, commanded, spearheaded, last, earlier, air, hands, left, leave, leaving
    case sent, deployed, dispatched, send, sending, out, driven, drove, drive, driving, forced, pushed, expelled, heading
    case near, around, not, ministry, against, under, negotiated, agreed, signed, brokered, took, taken, taking, take, takes, back, full, began
    case lies, lie, located, situated, sits, lay, such, within, carried, carrying, bused, bussed, evacuated, responsible, behind, blame, tell, tells, was, were, been, being
    case said, says, told, added, announced, claimed, according, saying, adding
    case divided, split, control, territory, territories, city, country, coast, capital, town
    case village, district, neighbourhood, neighborhood, quarter
    case whole, embattled, besieged, based, born, anti, year, years, months
    case among, them, notably, `is`, are, be, remain, remains, remained, name
    // Verbs of firing weapons, kept together: `RelationFinder.findFiring` tests the range.
    case fired, fire, fires, firing, launched, launch, launches, launching, lobbed, dropped, dropping, drop, drops
    case province, provinces, governorate, governorates, countryside
    case comma, period, hyphen, possessive, colon, semicolon, emDash, enDash
    case straightQuote, openQuote, apostrophe, openSingleQuote, copyrightSign
    case copyright, contributed, reporting, editing, additional, writing
    case banner, flag, include, includes, included
    case closeQuote
    // r-rel: the seat participles ("published in") and foothold nouns ("has a presence in") of
    // RelationFinder's location patterns, tested by id instead of hashing the key for a set.
    case headquartered, published, printed, registered, broadcast
    case presence, foothold, footholds, headquarters, stronghold, strongholds
    // r-rel: words the relation finders compared as strings ("took hold", "both", "has no more than").
    case held, hold, off, both, all, so, no, more, fewer
    // t-rel: words the relation finders compared as strings ("along with", "together with",
    // "jointly").
    case along, together, jointly
    // t-rel: "pro-" before an actor ("the pro-government daily"), compared as a string per hyphen.
    case pro

    /// The token key the keyword stands for.
    var key: String {
        switch self {
        case .comma: return ","
        case .period: return "."
        case .hyphen: return "-"
        case .possessive: return "'s"
        case .colon: return ":"
        case .semicolon: return ";"
        case .emDash: return "\u{2014}"
        case .enDash: return "\u{2013}"
        case .straightQuote: return "\""
        case .openQuote: return "\u{201C}"
        case .closeQuote: return "\u{201D}"
        case .apostrophe: return "'"
        case .openSingleQuote: return "\u{2018}"
        case .copyrightSign: return "\u{00A9}"
        default: return String(describing: self)
        }
    }
}
