/// The ``EnglishWords`` classes (and the finders' word lists) a token key belongs to, as bits: a compiled lexicon holds one set
/// per ``Vocabulary`` id, so the finders test a class with a load instead of hashing the key.
struct WordClass: OptionSet, Sendable {
    let rawValue: UInt64

    static let determiner = WordClass(rawValue: 1 << 0)
    static let title = WordClass(rawValue: 1 << 1)
    static let humanNoun = WordClass(rawValue: 1 << 2)
    static let organisationHead = WordClass(rawValue: 1 << 3)
    static let placeNoun = WordClass(rawValue: 1 << 4)
    static let forceNoun = WordClass(rawValue: 1 << 5)
    static let negation = WordClass(rawValue: 1 << 6)
    static let modal = WordClass(rawValue: 1 << 7)
    static let commonWord = WordClass(rawValue: 1 << 8)
    static let clauseBreaker = WordClass(rawValue: 1 << 9)
    static let relativePronoun = WordClass(rawValue: 1 << 10)
    static let direction = WordClass(rawValue: 1 << 11)
    static let sectionNoun = WordClass(rawValue: 1 << 12)
    static let preposition = WordClass(rawValue: 1 << 13)
    static let nameConnector = WordClass(rawValue: 1 << 14)
    static let nameInnerWord = WordClass(rawValue: 1 << 15)
    static let lossVerb = WordClass(rawValue: 1 << 16)
    static let attackVerb = WordClass(rawValue: 1 << 17)
    static let qualifier = WordClass(rawValue: 1 << 18)
    static let nounModifier = WordClass(rawValue: 1 << 19)
    static let meetingVerb = WordClass(rawValue: 1 << 20)
    static let auxiliary = WordClass(rawValue: 1 << 21)
    static let lightVerb = WordClass(rawValue: 1 << 22)
    static let insertedAdverb = WordClass(rawValue: 1 << 23)
    static let patientParticiple = WordClass(rawValue: 1 << 24)
    static let forceHead = WordClass(rawValue: 1 << 25)
    static let placePreposition = WordClass(rawValue: 1 << 26)
    static let clauseOpener = WordClass(rawValue: 1 << 27)
    static let subjectBoundary = WordClass(rawValue: 1 << 28)
    /// An adjective of the lexicon ("russian"): ``LexiconIndex/adjectiveKeys``, marked when the
    /// lexicon is compiled rather than listed in ``members``.
    static let lexiconAdjective = WordClass(rawValue: 1 << 29)
    /// A one-word role noun of the lexicon ("spokesman"): a key of ``Lexicon/roleNouns``, marked
    /// when the lexicon is compiled rather than listed in ``members``.
    static let roleNoun = WordClass(rawValue: 1 << 30)
    /// A one-word speech verb of the lexicon ("said"): an element of ``Lexicon/quoteVerbs``, marked
    /// when the lexicon is compiled rather than listed in ``members``.
    static let quoteVerb = WordClass(rawValue: 1 << 31)
    static let memberNoun = WordClass(rawValue: 1 << 32)
    static let groupNoun = WordClass(rawValue: 1 << 33)
    /// A key for which ``RelationFinder/isGroupHead(_:)`` is true (a group noun or its plural).
    static let groupHead = WordClass(rawValue: 1 << 34)
    static let pluralPlaceNoun = WordClass(rawValue: 1 << 35)
    static let placeRoleNoun = WordClass(rawValue: 1 << 36)
    static let possessedNoun = WordClass(rawValue: 1 << 37)
    static let documentNoun = WordClass(rawValue: 1 << 38)
    static let placeCompoundHead = WordClass(rawValue: 1 << 39)
    static let groupAnaphorHead = WordClass(rawValue: 1 << 40)
    static let inclusionVerb = WordClass(rawValue: 1 << 41)
    static let armedGroupHead = WordClass(rawValue: 1 << 42)
    static let placeBeforeName = WordClass(rawValue: 1 << 43)
    /// A description word of a lexicon entity ("jihadists"): an element of some
    /// ``Lexicon/Entity/descriptions``, marked when the lexicon is compiled.
    static let descriptionWord = WordClass(rawValue: 1 << 44)
    // Trigger words: a relation finder acts only in a sentence that has one of its own (the
    // sentence's classes are in ``SentenceContext/classes``).
    /// "led", "headed", "commanded" and the passive cues of the lexicon (``RelationFinder/findPassives(_:)``,
    /// with ``attackVerb``).
    static let passiveTrigger = WordClass(rawValue: 1 << 45)
    /// "hands", "left", "leave", "leaving", "with", "support" ("in support of"), departure nouns and the noun cues of the lexicon
    /// (``RelationFinder/findNouns(_:)``).
    static let nounTrigger = WordClass(rawValue: 1 << 46)
    /// The keywords ``RelationFinder/findIdioms(_:)`` starts from.
    static let idiomTrigger = WordClass(rawValue: 1 << 47)
    /// The first word of an active cue of the lexicon (``RelationFinder/findActives(_:)``).
    static let activeCueStart = WordClass(rawValue: 1 << 48)
    /// The first word of a role noun of the lexicon (``RelationFinder/findRoles(_:)``).
    static let roleNounStart = WordClass(rawValue: 1 << 49)
    /// The keywords ``RelationFinder/findExpulsions(_:)`` starts from.
    static let expulsionTrigger = WordClass(rawValue: 1 << 50)
    /// The verbs of firing weapons (``RelationFinder/findFiring(_:)``).
    static let firingVerb = WordClass(rawValue: 1 << 51)
    static let placeTypeNoun = WordClass(rawValue: 1 << 52)
    static let appositionGroupHead = WordClass(rawValue: 1 << 53)
    static let groupModifier = WordClass(rawValue: 1 << 54)
    static let stayingWord = WordClass(rawValue: 1 << 55)
    static let labellingVerb = WordClass(rawValue: 1 << 56)
    static let presenceWord = WordClass(rawValue: 1 << 57)
    static let supportNoun = WordClass(rawValue: 1 << 58)
    /// The key "-" (``Keyword/hyphen``): ``RelationFinder/findCompounds(_:)`` starts from a hyphen.
    static let hyphenKey = WordClass(rawValue: 1 << 59)
    static let havingVerb = WordClass(rawValue: 1 << 60)
    /// A given name of the lexicon ("salwa"): an element of ``Lexicon/givenNames``, marked when
    /// the lexicon is compiled.
    static let givenName = WordClass(rawValue: 1 << 61)
    /// "army", "military" (``RelationFinder/armyWords``): ``RelationFinder/findArmyUnits(_:)`` needs one.
    static let armyWord = WordClass(rawValue: 1 << 62)
    /// "others", "many", "thousands" (``SentenceContext/pronounSubjects``): words that are a verb's subject themselves.
    static let pronounSubject = WordClass(rawValue: 1 << 63)

    /// The words of each class.
    static let members: [(WordClass, [String])] = [
        (.determiner, Array(EnglishWords.determiners)),
        (.title, Array(EnglishWords.titles)),
        (.humanNoun, Array(EnglishWords.humanNouns)),
        (.organisationHead, Array(EnglishWords.organisationHeads.keys)),
        (.placeNoun, Array(EnglishWords.placeNouns.keys)),
        (.forceNoun, Array(EnglishWords.forceNouns)),
        (.negation, Array(EnglishWords.negations)),
        (.modal, Array(EnglishWords.modals)),
        (.commonWord, Array(EnglishWords.commonWords)),
        (.clauseBreaker, Array(EnglishWords.clauseBreakers)),
        (.relativePronoun, Array(EnglishWords.relativePronouns)),
        (.direction, Array(EnglishWords.directions.keys)),
        (.sectionNoun, Array(EnglishWords.sectionNouns)),
        (.preposition, Array(EnglishWords.prepositions)),
        (.nameConnector, Array(EnglishWords.nameConnectors)),
        (.nameInnerWord, Array(EnglishWords.nameInnerWords)),
        (.lossVerb, Array(RelationFinder.lossVerbs)),
        (.attackVerb, Array(RelationFinder.attackVerbs)),
        (.qualifier, Array(RelationFinder.qualifiers)),
        (.nounModifier, Array(RelationFinder.nounModifiers)),
        (.meetingVerb, Array(RelationFinder.meetingVerbs)),
        (.auxiliary, Array(RelationFinder.auxiliaries)),
        (.lightVerb, Array(SentenceContext.light)),
        (.insertedAdverb, Array(RelationFinder.insertedAdverbs)),
        (.patientParticiple, Array(RelationFinder.patientParticiples)),
        (.forceHead, Array(MentionFinder.forceHeads)),
        (.placePreposition, Array(MentionFinder.placePrepositions)),
        (.clauseOpener, Array(SentenceContext.clauseOpeners)),
        (.subjectBoundary, Array(SentenceContext.subjectBoundaries)),
        (.memberNoun, Array(SentenceContext.memberNouns)),
        (.groupNoun, Array(RelationFinder.groupNouns)),
        (.groupHead, Array(RelationFinder.groupNouns) + RelationFinder.groupNouns.map { $0 + "s" } + ["militias", "forces"]),
        (.pluralPlaceNoun, Array(EnglishWords.pluralPlaceNouns.keys)),
        (.placeRoleNoun, Array(RelationFinder.placeRoleNouns)),
        (.possessedNoun, Array(RelationFinder.possessedNouns)),
        (.documentNoun, Array(RelationFinder.documentNouns)),
        (.placeCompoundHead, Array(MentionFinder.placeCompoundHeads)),
        (.groupAnaphorHead, Array(MentionFinder.groupAnaphorHeads.keys)),
        (.inclusionVerb, RelationFinder.inclusionVerbs),
        (.armedGroupHead, MentionFinder.armedGroupHeads),
        (.placeBeforeName, MentionFinder.placeBeforeNameWords),
        (.placeTypeNoun, RelationFinder.placeTypeNouns),
        (.appositionGroupHead, MentionFinder.appositionGroupHeads),
        (.groupModifier, MentionFinder.groupModifiers),
        (.stayingWord, Array(RelationFinder.stayingWords)),
        (.passiveTrigger, [Keyword.led, .headed, .commanded].map(\.key) + Array(RelationFinder.jointTextWords)),
        (.nounTrigger, [Keyword.hands, .left, .leave, .leaving, .with].map(\.key) + ["support"] + Array(RelationFinder.departureNouns)),
        (.idiomTrigger, [Keyword.under, .responsible, .blame, .behind, .negotiated, .agreed, .signed, .brokered, .took, .taken, .taking, .take, .takes].map(\.key)),
        (.expulsionTrigger, [Keyword.carried, .carrying, .bused, .bussed, .evacuated, .drove, .driven, .drive, .driving, .forced, .pushed, .expelled].map(\.key)),
        (.firingVerb, Keyword.allCases.filter { $0.rawValue >= Keyword.fired.rawValue && $0.rawValue <= Keyword.drops.rawValue }.map(\.key)),
        (.labellingVerb, Array(RelationFinder.labellingVerbs)),
        (.presenceWord, Array(RelationFinder.presenceWords)),
        (.supportNoun, Array(RelationFinder.supportNouns)),
        (.hyphenKey, [Keyword.hyphen.key]),
        (.havingVerb, Array(RelationFinder.havingVerbs)),
        (.armyWord, Array(RelationFinder.armyWords)),
        (.pronounSubject, Array(SentenceContext.pronounSubjects)),
    ]
}
