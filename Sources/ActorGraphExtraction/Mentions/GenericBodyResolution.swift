import ActorGraph

extension DocumentAnalysis {
    /// A generic name that stands for a named body when the document names that body: "Kurdish
    /// fighters", "the Kurdish militia" and "the Kurds" are the YPG in a report that names the YPG,
    /// and "Kurdish-led forces" the SDF in one that names the SDF (the Kurdish-led alliance). Where
    /// the document names neither, the generic body stays (the texts do not tell them apart).
    struct GenericBody {
        /// The generic entity ("kurdish-forces").
        var generic: String
        /// The named body it stands for, in order of preference.
        var named: [String]
        /// The named body it stands for when its mention says "-led" ("Kurdish-led forces"), in
        /// order of preference.
        var namedWhenLed: [String]
    }

    /// The generic bodies of the domain.
    static let genericBodies = [
        GenericBody(generic: "kurdish-forces", named: ["ypg", "sdf"], namedWhenLed: ["sdf", "ypg"]),
    ]

    /// Head nouns of a generic name that do not stand for the named body (see
    /// ``resolveGenericBodies()``).
    static let insurgentHeads: Set<String> = ["militants", "militant", "insurgents", "insurgent", "insurgency", "guerrillas"]

    /// Gives the mentions of each generic body (``genericBodies``) to the named body it stands for,
    /// when the document names that body (by a mention of its own). Runs once the scan is done and
    /// before mentions are indexed; the generic body then has no mention and makes no node.
    func resolveGenericBodies() {
        for body in Self.genericBodies {
            guard let generic = recordedNumber(of: body.generic) else { continue }
            func namedInDocument(_ ids: [String]) -> Int32? {
                for id in ids {
                    if let n = recordedNumber(of: id), mentions.contains(where: { $0.number == n && $0.form == .name }) { return n }
                }
                return nil
            }
            let named = namedInDocument(body.named), namedWhenLed = namedInDocument(body.namedWhenLed)
            guard named != nil || namedWhenLed != nil else { continue }
            for m in mentions.indices where mentions[m].number == generic {
                // "Kurdish militants" and "Kurdish insurgents" are, in news English, the PKK's
                // fighters in Turkey rather than a Syrian body: they stay generic.
                if let last = mentions[m].tokens.last, Self.insurgentHeads.contains(key(last)) { continue }
                let led = mentions[m].tokens.contains { isKey($0, .led) }
                if let target = led ? (namedWhenLed ?? named) : (named ?? namedWhenLed) { mentions[m].number = target }
            }
        }
    }
}
