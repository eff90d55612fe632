import ActorGraph

/// General English word classes the extractor's rules rely on (not domain knowledge: that lives
/// in the lexicon). All entries are normalised keys (lower case).
enum EnglishWords {
    static let determiners: Set<String> = ["the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "one", "some", "several", "many", "most", "all", "both", "two", "three", "four", "five", "other", "another", "each", "any", "whose"]
    /// Titles that precede a person's name.
    static let titles: Set<String> = ["president", "mr", "mrs", "ms", "dr", "gen", "general", "minister", "secretary", "prime", "foreign", "defence", "defense", "interior", "king", "queen", "prince", "sheikh", "colonel", "col", "lt", "lieutenant", "major", "maj", "brigadier", "brig", "marshal", "captain", "capt", "sgt", "sergeant", "commander", "envoy", "ambassador", "senator", "sen", "rep", "governor", "gov", "mayor", "chief", "spokesman", "spokeswoman", "spokesperson", "leader", "head", "director", "correspondent", "reporter", "attorney", "lawyer", "judge", "imam", "father", "brother", "sister", "professor", "prof", "deputy", "senior", "international", "special", "secretary-general", "emir", "ayatollah", "vice", "state", "official", "officer", "analyst", "researcher", "activist", "medic", "doctor", "nurse", "resident"]
    /// Nouns for people: an apposition with one of these marks its head as a person.
    /// Plural nouns for kinds of places and the category of the places they name: "the villages of
    /// A and B", "A and B, two villages in P".
    static let pluralPlaceNouns: [String: Category] = [
        "villages": .city, "towns": .city, "cities": .city, "districts": .district, "neighbourhoods": .neighbourhood,
        "neighborhoods": .neighbourhood, "suburbs": .neighbourhood, "quarters": .neighbourhood, "areas": .region,
        "camps": .site, "provinces": .province,
    ]
    static let humanNouns: Set<String> = ["man", "woman", "boy", "girl", "mother", "father", "son", "daughter", "trader", "resident", "student", "teacher", "schoolteacher", "midwife", "farmer", "engineer", "nurse", "doctor", "driver", "shopkeeper", "merchant", "worker", "volunteer", "rescuer", "fighter", "soldier", "civilian", "refugee", "survivor", "witness", "father-of", "grandfather", "grandmother", "widow", "activist", "medic", "journalist", "photographer", "writer", "lawyer", "attorney", "surgeon", "pharmacist", "servant", "clerk", "accountant", "shopowner", "tradesman", "craftsman", "builder", "plumber", "cook", "guard", "barber", "jeweller", "jeweler", "salesman", "retiree", "homemaker", "anaesthetist", "anesthetist", "physician", "paediatrician", "pediatrician", "dentist", "paramedic", "technician", "electrician", "carpenter", "labourer", "laborer", "vendor", "grocer", "butcher", "housewife", "pensioner", "mechanic", "baker", "tailor", "pupil", "child", "businessman", "imam", "priest", "cleric", "professor", "scholar", "expert", "analyst", "researcher", "fellow", "official", "officer", "commander", "leader", "spokesman", "spokeswoman", "spokesperson", "envoy", "diplomat", "minister", "member", "head", "chief", "director", "correspondent", "reporter", "coordinator", "negotiator", "representative", "adviser", "advisor",
        "attache", "attaché", "presenter", "conscript", "defector", "policeman", "policewoman", "nun", "monk", "bishop", "translator",
        "interpreter", "archaeologist", "curator", "economist", "historian", "blogger", "cameraman", "lecturer", "headmaster", "militiaman",
        "gunman", "sapper", "deminer", "mourner", "shepherd", "fisherman", "caretaker"]
    /// Head nouns that make a capitalised phrase an organisation: "Aleppo Media Center".
    static let organisationHeads: [String: Category] = [
        "center": .organization, "centre": .organization, "institute": .organization, "council": .organization,
        "committee": .organization, "observatory": .organization, "network": .organization, "union": .organization,
        "agency": .organization, "office": .organization, "ministry": .government, "organisation": .organization,
        "organization": .organization, "association": .organization, "foundation": .organization, "society": .organization,
        "university": .organization, "commission": .organization, "fund": .organization, "program": .organization,
        "programme": .organization, "party": .organization, "movement": .armedGroup, "front": .armedGroup,
        "brigade": .armedGroup, "brigades": .armedGroup, "battalion": .armedGroup, "battalions": .armedGroup,
        "army": .armedGroup, "division": .armedGroup, "corps": .armedGroup, "legion": .armedGroup, "militia": .militia,
        "forces": .armedGroup, "group": .organization, "news": .media, "times": .media, "post": .media, "press": .media,
        "tv": .media, "television": .media, "radio": .media, "channel": .media, "gazette": .media, "herald": .media,
        "journal": .media, "agency-news": .media, "defence": .organization, "defense": .organization,
        "forum": .organization, "initiative": .organization, "trust": .organization, "watch": .organization,
    ]
    /// Nouns that name a kind of place: "the Farafina district", "the town of Jibreen".
    static let placeNouns: [String: Category] = [
        "district": .district, "districts": .district, "neighbourhood": .neighbourhood, "neighborhood": .neighbourhood,
        "neighbourhoods": .neighbourhood, "neighborhoods": .neighbourhood, "quarter": .neighbourhood, "suburb": .neighbourhood,
        "area": .district, "town": .city, "city": .city, "village": .city, "province": .province, "governorate": .province,
        "region": .region, "camp": .site, "airport": .site, "airbase": .site, "base": .site, "hospital": .site,
        "citadel": .site, "square": .site, "road": .site, "highway": .site, "crossing": .site, "border": .region,
    ]
    /// Nouns for armed bodies: "Assad's troops", "Russian forces".
    static let forceNouns: Set<String> = ["forces", "force", "troops", "army", "soldiers", "fighters", "militia", "militias", "military", "units", "men", "loyalists", "jets", "warplanes", "aircraft", "planes", "air", "airstrikes", "artillery", "gunmen", "allies", "proxies", "navy", "officials", "officers", "commanders", "gunners", "snipers", "commandos", "advisers", "advisors", "negotiators", "envoys", "government", "diplomats", "authorities", "leaders", "state", "media", "warships", "helicopters", "drones", "bombers", "bombardment", "bombardments", "shelling", "strikes", "raids", "warplane", "jet", "helicopter", "drone", "bomber", "warship"]
    static let negations: Set<String> = ["not", "n't", "never", "no", "neither", "nor", "without", "denied", "deny", "denies", "refused", "refuse", "refuses", "failed", "fail", "fails", "unable", "unwilling", "nobody", "none", "cannot", "can't", "won't", "didn't", "doesn't", "don't", "hasn't", "haven't", "wasn't", "weren't", "isn't", "aren't"]
    static let modals: Set<String> = ["may", "might", "could", "would", "should", "if", "whether", "threatened", "threatens", "threaten", "plans", "planned", "plan", "hopes", "hoped", "hope", "wants", "wanted", "want", "aims", "aimed", "aim", "intends", "intended", "expected", "likely", "possible", "possibly", "allegedly", "unless", "bid", "attempt", "attempted", "attempts", "tried", "try", "tries", "seek", "seeks", "sought", "calls", "called", "urged", "urge", "urges", "asked", "demanded", "wish", "ready"]
    /// Frequent words that start sentences with a capital but never start a name.
    static let commonWords: Set<String> = ["later", "earlier", "meanwhile", "but", "and", "or", "so", "yet", "however", "then", "now", "still", "also", "yesterday", "today", "tonight", "tomorrow", "on", "in", "at", "after", "before", "when", "while", "since", "although", "though", "throughout", "during", "despite", "as", "if", "once", "until", "because", "why", "how", "what", "where", "who", "which", "there", "here", "it", "its", "we", "they", "he", "she", "i", "you", "our", "their", "his", "her", "my", "your", "thousands", "hundreds", "dozens", "many", "several", "some", "most", "few", "other", "others", "every", "each", "all", "both", "no", "not", "only", "even", "just", "already", "again", "instead", "indeed", "overall", "finally", "first", "second", "third", "last", "next", "over", "under", "with", "without", "for", "from", "to", "into", "by", "of", "about", "against", "between", "among", "amid", "across", "around", "near", "outside", "inside", "within", "along", "according", "analysts", "officials", "residents", "witnesses", "activists", "sources", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december", "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must", "do", "does", "did", "asked", "speaking", "unlike", "like", "such", "more", "less", "much", "one", "two", "three", "photographs", "video", "videos", "footage", "images", "reports", "read", "join", "copyright", "information", "additional", "editing", "writing", "reporting", "watch", "see", "click", "subscribe"]
    static let clauseBreakers: Set<String> = [";", ":", "\"", "\u{201C}", "\u{201D}", "(", ")", "\u{2014}"]
    static let relativePronouns: Set<String> = ["who", "which", "that", "whom", "whose", "where"]
    static let personalPronouns: [String: String] = ["he": "m", "she": "f", "him": "m", "her": "f", "they": "p"]
    /// Titles and nouns that tell a person's gender ("m" or "f"), for resolving "he" and "she".
    static let genderedNouns: [String: String] = [
        "mr": "m", "king": "m", "prince": "m", "sheikh": "m", "man": "m", "boy": "m", "father": "m", "son": "m",
        "brother": "m", "husband": "m", "uncle": "m", "nephew": "m", "grandfather": "m", "widower": "m",
        "spokesman": "m", "chairman": "m", "businessman": "m", "congressman": "m",
        "mrs": "f", "ms": "f", "miss": "f", "queen": "f", "princess": "f", "woman": "f", "girl": "f", "mother": "f",
        "daughter": "f", "sister": "f", "wife": "f", "aunt": "f", "niece": "f", "grandmother": "f", "widow": "f",
        "spokeswoman": "f", "chairwoman": "f", "businesswoman": "f", "congresswoman": "f",
    ]
    static let directions: [String: String] = [
        "east": "east", "eastern": "east", "west": "west", "western": "west", "north": "north", "northern": "north",
        "south": "south", "southern": "south", "central": "central",
        "northeast": "northeast", "north-east": "northeast", "northeastern": "northeast", "north-eastern": "northeast",
        "northwest": "northwest", "north-west": "northwest", "northwestern": "northwest", "north-western": "northwest",
        "southeast": "southeast", "south-east": "southeast", "southeastern": "southeast", "south-eastern": "southeast",
        "southwest": "southwest", "south-west": "southwest", "southwestern": "southwest", "south-western": "southwest",
    ]
    /// Nouns for a part of a city or country: "the eastern districts", "the western side".
    static let sectionNouns: Set<String> = ["districts", "district", "neighbourhoods", "neighborhoods", "neighbourhood", "neighborhood", "areas", "area", "part", "parts", "side", "half", "portion", "sector", "sectors", "section", "suburbs", "outskirts", "pocket", "enclave", "countryside"]
    static let prepositions: Set<String> = ["of", "in", "on", "at", "from", "to", "into", "for", "with", "by", "against", "inside", "near", "around", "across", "through", "toward", "towards", "over", "under", "between", "within", "outside"]
    /// Words allowed inside a capitalised name: "Nour al-Din al-Zinki", "Syrian Observatory for Human Rights".
    static let nameConnectors: Set<String> = ["al", "el", "bin", "ibn", "abu", "abou", "de", "van", "von", "der", "la", "le", "du", "bint", "ul", "ad", "ash", "as", "an", "ar", "at", "az", "di"]
    static let nameInnerWords: Set<String> = ["for", "of", "on", "and"]
}
