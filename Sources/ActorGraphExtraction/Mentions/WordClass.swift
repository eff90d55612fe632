/// The ``EnglishWords`` classes (and the finders' word lists) a token key belongs to, as bits: a compiled lexicon holds one set
/// per ``Vocabulary`` id, so the finders test a class with a load instead of hashing the key.
struct WordClass: OptionSet, Sendable {
    let rawValue: UInt32

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
    static let labellingVerb = WordClass(rawValue: 1 << 31)

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
        (.labellingVerb, Array(RelationFinder.labellingVerbs)),
    ]
}
