/// What a ``MentionFinder`` remembers of its document while it scans: the persons met (for short
/// forms), the places and groups last named (for "the city", "the group"), and the actors last
/// described (for "the jihadists").
///
/// One memory belongs to one finder, on one thread, and no access to a property is held across
/// another to it: like ``DocumentAnalysis``, it skips Swift's dynamic exclusivity checks.
final class MentionMemory {
    /// Persons met so far in the document, by each word of their name, for short forms ("Hilal").
    @exclusivity(unchecked) var personsByWord: [String: String] = [:]
    /// Persons met so far, by each run of two or more words of their name, shorter than the whole
    /// ("Haj Bakri" of "Mustafa Haj Bakri").
    @exclusivity(unchecked) var personsByRun: [String: String] = [:]
    /// The keys of ``personsByWord`` and ``personsByRun``, so that most names are told apart
    /// as unknown without hashing them for the dictionaries.
    @exclusivity(unchecked) var personWordKeys = KeyFilter()
    /// The keys of ``personsByRun`` (see ``personWordKeys``).
    @exclusivity(unchecked) var personRunKeys = KeyFilter()
    /// The last city named, in focus for "the city" and the parts of a city.
    @exclusivity(unchecked) var lastCity: String?
    /// ``LexiconIndex/partDirections(of:)`` of ``lastCity`` (0 while there is none), set with it.
    @exclusivity(unchecked) var lastCityParts: UInt8 = 0
    /// The last armed group or coalition named, and its sentence, for "the group".
    @exclusivity(unchecked) var lastGroup: (entity: String, number: Int32, sentence: Int)?
    /// The last town or village named (a city found in the text), for "the town".
    @exclusivity(unchecked) var lastTown: String?
    /// The last district or neighbourhood named, for "the district".
    @exclusivity(unchecked) var lastDistrict: String?
    /// Cities named in the document whose parts the lexicon knows, the latest last.
    @exclusivity(unchecked) var dividedCities: [String] = []
    /// The last country named, for "the country".
    @exclusivity(unchecked) var lastCountry: String?
    /// For each description word of the lexicon ("jihadists"), by its slot
    /// (``LexiconIndex/descriptionSlot(ofWord:)``), the last actor it describes that the document
    /// named, with its entity number and the sentence it was named in.
    @exclusivity(unchecked) var lastDescribed: [(entity: String, number: Int32, sentence: Int)?]
    /// True once ``lastDescribed`` holds any actor.
    @exclusivity(unchecked) var describesAny = false

    /// A memory of nothing yet, with room for the lexicon's `descriptionWordCount` description words.
    init(descriptionWordCount: Int) {
        lastDescribed = Array(repeating: nil, count: descriptionWordCount)
    }
}
