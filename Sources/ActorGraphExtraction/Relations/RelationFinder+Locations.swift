import ActorGraph

/// Places in places and actors in places: "Aleppo, Syria", "Mosul in Iraq", "P, a medic in Douma", "told reporters in Geneva".
extension RelationFinder {
    // MARK: - Places in places, actors in places

    /// Words that name people as displaced: "displaced people", "refugees", "evacuees".
    static let displacementWords: Set<String> = ["displaced", "refugees", "refugee", "evacuees", "idps", "exiles"]

    func findLocations(_ c: SentenceContext, _ mentions: [Mention]) {
        let divided = c.keywords.contains(.divided)
        let placeMayOpen = mayOpenWithPlace(c)
        // (By index: the enumerated iterator was a call per mention.)
        for n in mentions.indices {
            let m = mentions[n]
            let kind = analysis.kind(of: m)
            let end = m.tokens.upperBound
            // "displaced people from Homs, Hama and the Damascus suburbs": people displaced, or
            // refugees, from a place fled it.
            if kind == .actor, analysis.isKey(end, .from), m.tokens.contains(where: { Self.displacementWords.contains(keys[$0]) }),
               let origin = c.mention(startingAt: end + 1) ?? (analysis.isKey(end + 1, .the) ? c.mention(startingAt: end + 2) : nil),
               analysis.kind(of: origin) == .place, origin.form != .adjective {
                for place in c.coordinatedMentions(from: origin.tokens.lowerBound, where: { analysis.kind(of: $0) == .place && $0.form != .adjective }) {
                    add(m.number, .fleesFrom, place.number, c, at: end)
                }
            }
            if kind == .place, let category = analysis.category(of: m) {
                // "Aleppo, Syria" and "Aleppo, Syria's second city".
                // (Not "New York, Britain's ambassador": a possessive must name a place of it.)
                if analysis.isKey(end, .comma), let next = c.mention(startingAt: end + 1), analysis.category(of: next) == .country,
                   category != .country, !analysis.isKey(next.tokens.upperBound, .and), next.form != .adjective,
                   // ("In Moscow, Kremlin spokesman P": a name qualifying a role names no place.)
                   !analysis.isWord(next.tokens.upperBound, .roleNoun), !analysis.isWord(next.tokens.upperBound, .title),
                   !analysis.isKey(next.tokens.upperBound, .possessive) || c.window(from: next.tokens.upperBound + 1, to: next.tokens.upperBound + 4).contains(where: {
                       analysis.placeNoun($0) != nil || analysis.isWord($0, .pluralPlaceNoun) || analysis.isWord($0, .placeRoleNoun) || analysis.isKey($0, .city) }) {
                    add(m.number, .partOf, next.number, c, at: end)
                }
                // "Astana, the capital of Kazakhstan", "Ankara, the Turkish capital": a capital is part of its country.
                if category == .city, analysis.isKey(end, .comma), analysis.isKey(end + 1, .the) {
                    var country: Mention?
                    if analysis.isKey(end + 2, .capital), analysis.isKey(end + 3, .of) {
                        country = c.mention(startingAt: end + 4) ?? (analysis.isKey(end + 4, .the) ? c.mention(startingAt: end + 5) : nil)
                    } else if analysis.isKey(end + 3, .capital), tokens[end + 2].isCapitalized,
                              let hit = index.nameHits(of: keys[end + 2]).first(where: { $0.form == .adjective }),
                              let number = index.entityTable[Int(hit.entity)].category == .country ? hit.entity
                                : index.number(of: Lexicon.territoryID(of: index.entityTable[Int(hit.entity)].id)) {
                        // (The adjective names the country: "the Turkish capital".)
                        analysis.recordLexiconEntity(number: number)
                        country = addInnerMention(number: number, tokens: (end + 2)..<(end + 3), form: .adjective)
                    }
                    if let country, let place = analysis.kind(of: country) == .place ? country.number : territory(of: country), place != m.number {
                        add(m.number, .partOf, place, c, at: end + 2)
                    }
                }
                // "the Idlib town of Taftanaz", "the Turkish province's village of X": a town named
                // after the province or country it lies in.
                if category.isOne(of: .province, .country, .region), analysis.placeNoun(end) == .city, analysis.isKey(end + 1, .of),
                   let town = c.mention(startingAt: end + 2), analysis.category(of: town) == .city, town.number != m.number {
                    add(town.number, .partOf, m.number, c, at: end)
                }
                // "the Farafina district of Aleppo", "the town of X" (X part of the type's owner is unknown: skip).
                if let typeCategory = analysis.placeNoun(end), analysis.isKey(end + 1, .of),
                   let parent = c.firstMention(after: end + 2, within: 2, where: { analysis.kind(of: $0) == .place }),
                   typeCategory != .city || analysis.category(of: parent) == .country {
                    // ("the western Aleppo district of Dahiyet al-Assad": a part of a city before the noun too.)
                    let cityPart = category.isOne(of: .district, .region) && typeCategory.isOne(of: .district, .neighbourhood)
                        && analysis.category(of: parent).isOne(of: .district, .neighbourhood)
                    if analysis.isWord(end, .pluralPlaceNoun)
                        || (category == .city || cityPart) && typeCategory.isOne(of: .district, .neighbourhood) && analysis.category(of: parent) != .city {
                        // "the Damascus neighbourhood of Midan" names a part of the city.
                        // "the Old City neighbourhoods of A, B and C": the listed places are its parts.
                        for part in c.coordinatedMentions(from: parent.tokens.lowerBound, where: { analysis.kind(of: $0) == .place && $0.form != .adjective }) where part.number != m.number {
                            add(part.number, .partOf, m.number, c, at: end)
                        }
                    } else {
                        add(m.number, .partOf, parentPlace(parent.number), c, at: end)
                    }
                }
                // "Qusayr, which lies in Homs province": a place said to lie in another.
                // (The keywords of the sentence first: most have none of these verbs.)
                if c.keywords.contains(.lies) || c.keywords.contains(.lie) || c.keywords.contains(.located) || c.keywords.contains(.situated)
                    || c.keywords.contains(.sits) || c.keywords.contains(.lay),
                   let verb = c.window(from: end, to: end + 4).first(where: { analysis.isKey($0, .lies, .lie, .located) || analysis.isKey($0, .situated, .sits, .lay) }),
                   c.window(from: end, to: verb).allSatisfy({ analysis.isKey($0, .comma) || analysis.isWord($0, .relativePronoun) || analysis.isWord($0, .auxiliary) }),
                   let inWord = c.window(from: verb + 1, to: verb + 3).first(where: { analysis.isKey($0, .in) || analysis.isKey($0, .inside) }),
                   let outer = c.mention(startingAt: inWord + 1) ?? (analysis.isKey(inWord + 1, .the) ? c.mention(startingAt: inWord + 2) : nil),
                   analysis.kind(of: outer) == .place, outer.number != m.number {
                    add(m.number, .partOf, parentPlace(outer.number), c, at: verb)
                }
                // "A and B, two villages in Idlib province": an apposition naming the parent place.
                if analysis.isKey(end, .comma), let parent = appositiveParent(from: end + 1, in: c), parent.number != m.number {
                    for place in c.coordinatedMentions(endingWith: m, where: { analysis.kind(of: $0) == .place }) where place.number != parent.number {
                        add(place.number, .partOf, parentPlace(parent.number), c, at: end)
                    }
                }
                // "A and B on the western edge of Aleppo", "X, a district on the southern rim of the
                // enclave": a place on the edge of another is part of it.
                // (Only in a sentence with "on" or "along": edgeParent finds a place only after one
                // of them inside the sentence.)
                if c.keywords.contains(.on) || c.keywords.contains(.along), let parent = edgeParent(after: end, in: c), parent != m.number {
                    for place in c.coordinatedMentions(endingWith: m, where: { analysis.kind(of: $0) == .place && $0.form != .adjective }) where place.number != parent {
                        add(place.number, .partOf, parentPlace(parent), c, at: end)
                    }
                }
                // "the Turkish city of Urfa", "the Lebanese town of Arsal": in the adjective's country.
                let start = m.tokens.lowerBound
                // ("the Turkish border town of Suruc": one plain word may stand between.)
                if category != .country, start >= 3, analysis.isKey(start - 1, .of), let kind = analysis.placeNoun(start - 2), kind.isOne(of: .city, .district, .neighbourhood),
                   let adjectiveAt = [start - 3, start - 4].first(where: { c.range.contains($0) && tokens[$0].isCapitalized }),
                   adjectiveAt == start - 3 || tokens[start - 3].kind == .word && !tokens[start - 3].isCapitalized && !c.isCovered(start - 3),
                   c.mention(covering: adjectiveAt).map({ $0.form == .adjective }) ?? true,
                   let country = placeAdjective(at: adjectiveAt), index.entity(country)?.category == .country, country != analysis.id(of: m) {
                    add(m.number, .partOf, country, c, at: start - 2)
                }
                // "Kilis, the Turkish border town": a country's adjective before the place noun.
                if category != .country, analysis.isKey(end, .comma), analysis.isKey(end + 1, .the, .a, .an), end + 2 < c.range.upperBound,
                   c.mention(covering: end + 2).map({ $0.form == .adjective }) ?? true,
                   let noun = c.window(from: end + 3, to: end + 5).last(where: { analysis.placeNoun($0) != nil }),
                   analysis.placeNoun(noun).isOne(of: .city, .district, .neighbourhood),
                   c.window(from: end + 3, to: noun).allSatisfy({ tokens[$0].kind == .word && !c.isCovered($0) }),
                   !analysis.isKey(noun + 1, .of), !analysis.isKey(noun + 1, .in),
                   let country = placeAdjective(at: end + 2), index.entity(country)?.category == .country, country != analysis.id(of: m) {
                    add(m.number, .partOf, country, c, at: end)
                }
                // "R, including the capital, X"
                // "the Eastern Ghouta agricultural belt, including Zamalka and Ein Tarma": the whole list,
                // after a few plain words of description.
                // (Gated on the sentence's keywords: ", including" may also open the next sentence.)
                if c.keywords.contains(.including) || analysis.isKey(c.range.upperBound, .including) || c.keywords.contains(.such),
                   let including = c.window(from: end, to: end + 6).first(where: { analysis.isKey($0, .comma) && analysis.isKey($0 + 1, .including) || analysis.isKey($0, .such) && analysis.isKey($0 + 1, .as) }),
                   c.window(from: end, to: including).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].isCapitalized && !c.isCovered($0)
                       && analysis.wordClass($0).isDisjoint(with: [.preposition, .clauseBreaker]) && !analysis.isKey($0, .and, .or) }),
                   let inner = c.window(from: including + 2, to: including + 7).lazy.compactMap({ c.mention(startingAt: $0) }).first(where: { analysis.kind(of: $0) == .place }) {
                    for place in c.coordinatedMentions(from: inner.tokens.lowerBound, where: { analysis.kind(of: $0) == .place && $0.form != .adjective }) where place.number != m.number {
                        add(place.number, .partOf, m.number, c, at: end)
                    }
                }
                // "Homs province, which includes Palmyra", "an area that includes A, B and C".
                if analysis.isKey(end, .comma) && analysis.isKey(end + 1, .which) || analysis.isKey(end, .which) || analysis.isKey(end, .that),
                   let verb = c.window(from: end, to: end + 4).first(where: { analysis.isWord($0, .inclusionVerb) }),
                   let inner = c.mention(startingAt: verb + 1) ?? (analysis.isKey(verb + 1, .the) ? c.mention(startingAt: verb + 2) : nil),
                   analysis.kind(of: inner) == .place {
                    for place in c.coordinatedMentions(from: inner.tokens.lowerBound, where: { analysis.kind(of: $0) == .place && $0.form != .adjective }) where place.number != m.number {
                        add(place.number, .partOf, m.number, c, at: verb)
                    }
                }
                // "Lebanon's Bekaa Valley": a country's place; "Aleppo's al-Sakhour district",
                // "Aleppo's Neirab camp": a named city's named district, neighbourhood or site (not
                // "the town's eastern districts").
                if analysis.isKey(end, .possessive), analysis.category(of: m) == .country || analysis.category(of: m) == .city && m.form == .name,
                   let owned = c.mention(startingAt: end + 1), analysis.kind(of: owned) == .place, owned.form != .adjective, owned.number != m.number,
                   analysis.category(of: m) == .country ? analysis.category(of: owned) != .country
                       : owned.form == .name && analysis.category(of: owned)?.isOne(of: .district, .neighbourhood, .site) == true {
                    add(owned.number, .partOf, m.number, c, at: end)
                }
                // "the Waer district on the western edge of the city": a place on the edge of another.
                if c.keywords.contains(.on), let on = c.window(from: end, to: end + 3).first(where: { analysis.isKey($0, .on) }),
                   c.window(from: end, to: on).allSatisfy({ analysis.isKey($0, .comma) || tokens[$0].kind == .word && !tokens[$0].isCapitalized && !c.isCovered($0) }),
                   let of = c.window(from: on + 1, to: on + 5).first(where: { analysis.isKey($0, .of) }),
                   c.window(from: on + 1, to: of).contains(where: { Self.edgeNouns.contains(analysis.key($0)) }),
                   let outer = c.mention(startingAt: of + 1) ?? (analysis.isKey(of + 1, .the) ? c.mention(startingAt: of + 2) : nil),
                   analysis.kind(of: outer) == .place, outer.number != m.number {
                    add(m.number, .partOf, parentPlace(outer.number), c, at: on)
                }
                // "the northern Syrian city of Aleppo": a place adjective before "city/town … of X".
                // "the Turkish border town of Suruc": a word or two may qualify the noun.
                if m.form == .name, analysis.isKey(m.tokens.lowerBound - 1, .of),
                   let noun = Optional(analysis.key(m.tokens.lowerBound - 2)), analysis.isWord(m.tokens.lowerBound - 2, .placeTypeNoun),
                   let country = nearestPlaceAdjective(before: m.tokens.lowerBound - 2, in: c), country != analysis.id(of: m) {
                    // "the Turkish border towns of Kilis and Reyhanli": each of them.
                    let places = noun.hasSuffix("s") ? c.coordinatedMentions(from: m.tokens.lowerBound, where: { analysis.kind(of: $0) == .place && $0.form != .adjective }) : [m]
                    for place in places where analysis.id(of: place) != country { add(place.number, .partOf, country, c, at: m.tokens.lowerBound) }
                }
                // "the northern Syrian city of Aleppo" where "city of Aleppo" is one name.
                if m.form == .name, analysis.isKey(m.tokens.lowerBound, .city, .town), analysis.isKey(m.tokens.lowerBound + 1, .of),
                   let country = placeAdjective(at: m.tokens.lowerBound - 1), country != analysis.id(of: m) {
                    add(m.number, .partOf, country, c, at: m.tokens.lowerBound)
                }
                // "Syria's second city" (a name of Aleppo): the country named inside.
                if let possessive = firstPossessive(in: m.tokens), possessive > m.tokens.lowerBound,
                   let owner = index.names.longestMatch(in: tokens, ids: analysis.keyIDs, from: m.tokens.lowerBound, limit: possessive),
                   owner.end == possessive, let country = owner.values.first(where: { index.entityTable[Int($0.entity)].category == .country }).map({ index.entityTable[Int($0.entity)].id }),
                   country != analysis.id(of: m), analysis.recordLexiconEntity(country) {
                    add(m.number, .partOf, country, c, at: m.tokens.lowerBound)
                }
                // "Aleppo, Syria's second city": an apposition naming the country by possessive.
                // (A place word must follow: "New York, Britain's ambassador P" names no part of Britain.)
                if analysis.isKey(end, .comma), analysis.isKey(end + 2, .possessive), let owner = c.mention(covering: end + 1),
                   analysis.category(of: owner) == .country, owner.number != m.number,
                   c.window(from: end + 3, to: end + 8).contains(where: { analysis.placeNoun($0) != nil || analysis.isWord($0, .pluralPlaceNoun) || analysis.isWord($0, .placeRoleNoun) || analysis.isKey($0, .city) }) {
                    add(m.number, .partOf, owner.number, c, at: end)
                }
                // "Mosul in Iraq", "Raqqa in northern Syria": a smaller place in a larger one.
                // "the Sakhour and Hanano neighbourhoods in …", "Balyun, in the Jabal al-Zawiya area".
                // "the Ramouseh area in the south of the city": a place noun after the name, and the
                // city after a direction.
                let inWord = analysis.isKey(end, .comma) || analysis.isWord(end, .pluralPlaceNoun) || analysis.placeNoun(end) != nil && !c.isCovered(end) ? end + 1 : end
                if category.isOne(of: .city, .district, .neighbourhood, .site), analysis.isKey(inWord, .`in`),
                   let named = c.mention(startingAt: inWord + 1) ?? (analysis.isKey(inWord + 1, .the) ? c.mention(startingAt: inWord + 2) ?? placeAfterDirection(at: inWord + 2, in: c) : nil),
                   // "Sheikh Saeed, in the south of the enclave": the enclave, not a south of the country.
                   case let ofDirection = placeOfBareDirection(named, in: c), let first = ofDirection ?? Optional(named),
                   // "Hermel in Lebanon's Bekaa Valley": the place after the possessive.
                   let outer = analysis.isKey(first.tokens.upperBound, .possessive) ? c.mention(startingAt: first.tokens.upperBound + 1) : first,
                   outer.form != .adjective, analysis.kind(of: outer) == .place,
                   let outerCategory = analysis.category(of: outer),
                   outerCategory.isOne(of: .country, .province, .region) || outerCategory == .city && category != .city || outer.form == .section && category != .city && outer.tokens.count > 2   // not a bare "the north"
                       || ofDirection != nil && category != .city && outerCategory.isOne(of: .city, .district),
                   outer.number != m.number {
                    // "Kafr Nabudah and Habit in the northern Hama countryside": the whole list.
                    for place in c.coordinatedMentions(endingWith: m, where: { analysis.kind(of: $0) == .place }) where place.number != outer.number {
                        add(place.number, .partOf, parentPlace(outer.number), c, at: end)
                    }
                }
                // "Aleppo rebels": a city naming the armed group based in it.
                if category == .city, n + 1 < mentions.count, mentions[n + 1].tokens.lowerBound == end,
                   analysis.category(of: mentions[n + 1]).isOne(of: .armedGroup, .militia) {
                    add(mentions[n + 1].number, .locatedIn, m.number, c, at: end)
                }
                continue
            }
            guard kind == .actor, m.form != .adjective, !divided else { continue }
            findActorPlaces(m, in: c, placeMayOpen: placeMayOpen)
            // "P, a nurse who fled to Azaz". (Its pattern needs "who": tested here, without the call.)
            if c.keywords.contains(.who), analysis.category(of: m) == .person { findRefugeOfPerson(m, in: c) }
            // "rebel factions in P" (groups), "P, an activist in P", "X, a medic inside the city" (people).
            var j = end
            let category = analysis.category(of: m)
            // "The United States, which has about 2,000 troops in Syria", "Hezbollah, which has
            // thousands of fighters in Syria": where its forces are.
            // (Only in a sentence with a verb of having: placeOfTroops needs one inside it.)
            if category?.isOne(of: .state, .armedGroup, .militia, .coalition) == true, c.classes.contains(.havingVerb), let place = placeOfTroops(after: end, in: c) {
                add(m.number, .locatedIn, place.number, c, at: end)
            }
            // "The Beirut daily Al-Akhbar", "An-Nahar, a rival Beirut paper": an outlet's city.
            if category == .media {
                let start = m.tokens.lowerBound
                var city: Mention?
                // (The mention before first: a covering index read, where the noun is a set look-up.)
                if start >= 2, let before = c.mention(covering: start - 2), SentenceContext.outletNouns.contains(analysis.key(start - 1)) {
                    city = before
                } else if analysis.isKey(end, .comma), analysis.isKey(end + 1, .a, .an) || analysis.isKey(end + 1, .the),
                          let noun = c.window(from: end + 2, to: end + 6).first(where: { SentenceContext.outletNouns.contains(keys[$0]) }), noun >= end + 3,
                          c.window(from: end + 2, to: noun).allSatisfy({ tokens[$0].kind == .word }) {
                    city = c.mention(covering: noun - 1)
                }
                if let city, analysis.kind(of: city) == .place, city.form != .adjective, analysis.category(of: city) == .city {
                    add(m.number, .locatedIn, city.number, c, at: city.tokens.lowerBound)
                }
            }
            // "The Syrian Observatory for Human Rights, which monitors the war from Britain".
            if category != .person, category != .state, analysis.isKey(end, .comma), analysis.isKey(end + 1, .which),
               let verb = c.window(from: end + 2, to: end + 4).first(where: { Self.workingFromVerbs.contains(keys[$0]) }),
               let from = c.window(from: verb + 1, to: verb + 7).first(where: { analysis.isKey($0, .from) }),
               !c.window(from: verb + 1, to: from).contains(where: { analysis.isKey($0, .comma) || c.mention(covering: $0).map { analysis.kind(of: $0) == .place } == true }),
               let place = c.mention(startingAt: from + 1) ?? (analysis.isKey(from + 1, .the) ? c.mention(startingAt: from + 2) : nil),
               place.form != .adjective, let located = analysis.kind(of: place) == .place ? place.number : territory(of: place) {
                add(m.number, .locatedIn, located, c, at: verb)
            }
            // "P, who chairs the task force, told reporters in Geneva": the verb after the relative clause.
            // "P, Russia's ambassador to the United Nations, told reporters in New York" too; "P,
            // the U.N. special envoy, said in Geneva" (the abbreviation is four tokens).
            if category == .person, analysis.isKey(end, .comma), maySpeakInPlace(c),
               analysis.isWord(end + 1, .relativePronoun) || c.window(from: end + 1, to: end + 9).contains(where: { analysis.isWord($0, .roleNoun) }),
               // (The aside may hold an apposition of its own: "P, who heads O, the main
               // opposition body, said in London": the verb after the second comma.)
               // (Not across a speech verb: "… its people," said P, a fighter of O, reached in Q".)
               let (close, place) = c.window(from: end + 2, to: end + 18).lazy.filter({ analysis.isKey($0, .comma) }).prefix(2)
                   .compactMap({ close in placeOfSpeaking(after: close + 1, in: c).map { (close, $0) } }).first,
               !c.window(from: end + 1, to: close).contains(where: { analysis.isWord($0, .quoteVerb) }) {
                add(m.number, .locatedIn, place.number, c, at: close + 1)
                continue
            }
            // "the Observatory, a monitoring group based in Britain": where a body is based.
            // "Al-Watan, published in Damascus", "a group headquartered in Geneva" too.
            // ("in" is tested first: it is one id comparison, the word list a string hash.)
            // (Only where "in" follows a word of the sentence: in it, or first after it; and only in
            // a sentence with one of the seat words, which seatWord finds inside it.)
            if category != .person, c.keywords.contains(.in) || analysis.isKey(c.range.upperBound, .in), hasSeatWord(c),
               let based = seatWord(from: end, in: c),
               !c.window(from: end, to: based).contains(where: { c.mention(covering: $0).map { analysis.kind(of: $0) == .place || analysis.isNamed($0) } == true || analysis.isWord($0, .clauseBreaker) || analysis.isKey($0, .period) }),
               let named = c.mention(startingAt: based + 2) ?? (analysis.isKey(based + 2, .the) ? c.mention(startingAt: based + 3) : nil),
               named.form != .adjective, let place = analysis.kind(of: named) == .place ? named.number : territory(of: named) {
                add(m.number, .locatedIn, place, c, at: based)
            }
            // "The U.N. envoy, Staffan de Mistura, said in Geneva": the name closes an apposition.
            // "Sergei Lavrov, speaking in Lima, said" too.
            if category == .person, analysis.isKey(end, .comma), analysis.isWord(min(end + 1, keys.count - 1), .quoteVerb) || analysis.isWord(end + 1, .meetingVerb),
               let place = placeOfSpeaking(after: end + 1, in: c) {
                add(m.number, .locatedIn, place.number, c, at: end + 1)
                continue
            }
            if analysis.isKey(j, .comma) {
                // Skip an apposition up to its preposition: ", an anti-government activist in eastern Aleppo".
                // It opens with an article, a number or a noun, not a verb ("Khamenei, praised the
                // fighters in Aleppo") or a relative pronoun ("Turkey, which backs factions inside the city").
                var steps = 0
                var human = false
                j += 1
                let opensApposition = j < c.range.upperBound && (analysis.isWord(j, .determiner) || analysis.isWord(j, .humanNoun) || analysis.isWord(j, .title)
                    || analysis.isWord(j, .roleNoun) || tokens[j].kind == .number || analysis.isKey(j, .who) || c.mention(startingAt: j) != nil
                    || tokens[j].kind == .word && !analysis.isWord(j, .relativePronoun) && !analysis.isWord(j, .endsInEd) && !analysis.isWord(j, .endsInS))
                guard opensApposition else { continue }
                while j < c.range.upperBound, steps < 8, !(analysis.isKey(j, .in, .inside, .comma, .who) || analysis.isKey(j, .said, .from)),
                      c.mention(startingAt: j) == nil || analysis.isKey(j - 1, .hyphen) || isRoleOrganisation(at: j, in: c) {
                    // "P, a spokesman for the ICRC in Damascus": the role's organisation is stepped over.
                    if let org = c.mention(startingAt: j), isRoleOrganisation(at: j, in: c) {
                        j = org.tokens.upperBound
                        steps += 1
                        continue
                    }
                    if analysis.isWord(j, .humanNoun) || analysis.isWord(j, .roleNoun) { human = true }
                    // "Ahrar al-Sham, one of the largest Islamist factions in northern Syria".
                    if category != .person, analysis.isWord(j, .groupHead) { human = true }
                    j += 1; steps += 1
                }
                guard human else { continue }
                // "P, an activist who reports secretly from inside the city", "an analyst who follows
                // the movements from Beirut": where someone works from.
                if category == .person, analysis.isKey(j, .who),
                   let verb = c.window(from: j + 1, to: j + 3).first(where: { Self.workingFromVerbs.contains(keys[$0]) }),
                   let preposition = c.window(from: verb + 1, to: verb + 8).first(where: { analysis.isKey($0, .from) || analysis.isKey($0, .in, .inside) }),
                   !c.window(from: verb + 1, to: preposition).contains(where: { analysis.isKey($0, .comma) || c.mention(covering: $0).map { analysis.kind(of: $0) == .place } == true }),
                   let place = analysis.isKey(preposition + 1, .inside) || !analysis.isKey(preposition, .from)
                       ? placeAfterIn(from: analysis.isKey(preposition + 1, .inside) ? preposition + 1 : preposition, in: c, within: 0)
                       : c.mention(startingAt: preposition + 1) ?? (analysis.isKey(preposition + 1, .the) ? c.mention(startingAt: preposition + 2) : nil),
                   [.city, .country, .district, .neighbourhood].contains(analysis.category(of: place)) {
                    add(m.number, .locatedIn, place.number, c, at: verb)
                    continue
                }
                // "P, a coalition spokesman, speaking from Istanbul".
                if category == .person, analysis.isKey(j, .comma), let place = placeOfSpeaking(after: j + 1, in: c) {
                    add(m.number, .locatedIn, place.number, c, at: j + 1)
                    continue
                }
                // "P, a volunteer medic from Zamalka": where the person comes from.
                if category == .person, analysis.isKey(j, .from), let place = c.mention(startingAt: j + 1), analysis.kind(of: place) == .place,
                   place.form != .adjective, analysis.category(of: place).isOne(of: .city, .district, .neighbourhood) {
                    add(m.number, .locatedIn, place.number, c, at: j)
                    continue
                }
            } else if category == .person, m.tokens.contains(where: { $0 != c.range.lowerBound && tokens[$0].isCapitalized }) || c.isQuoted(m.tokens.lowerBound) || m.form == .name && aliasesStartUppercase(m.number) {
                // "Lavrov met other ministers in Rome", "Stoltenberg told a news conference in Bratislava";
                // "Erdogan and Putin announced the deal in Moscow" (each of the two).
                var verb = end
                // "General X of the Russian General Staff told a briefing in Moscow".
                if analysis.isKey(end, .of), let body = c.mention(startingAt: end + 1) ?? (analysis.isKey(end + 1, .the) ? c.mention(startingAt: end + 2) : nil),
                   analysis.kind(of: body) == .actor { verb = body.tokens.upperBound }
                if analysis.isKey(end, .and), let other = c.mention(startingAt: end + 1) ?? c.mention(startingAt: end + 2),
                   analysis.category(of: other) == .person { verb = other.tokens.upperBound }
                if let place = placeOfSpeaking(after: verb, in: c) {
                    add(m.number, .locatedIn, place.number, c, at: verb)
                }
                continue
            } else if category == .state || category == .government {
                // "The foreign ministry in Damascus said": a ministry sits in its capital.
                if category == .government, analysis.isKey(end, .in), let place = c.mention(startingAt: end + 1),
                   analysis.category(of: place) == .city, place.form == .name {
                    add(m.number, .locatedIn, place.number, c, at: end)
                }
                continue
            }
            // "Rebel commanders in Idlib", "the PLO leadership in Ramallah", "the group's fighters in
            // P": a collective or plural noun for the body's people stands before "in".
            if j == end, category != .person {
                let k = tokens[min(end, tokens.count - 1)].kind == .possessive ? end + 1 : end
                // (The word list last: a string hash, where the id tests are integer compares.)
                if k < c.range.upperBound, analysis.isKey(k + 1, .in, .inside), !c.isCovered(k), Self.peopleOfBodyNouns.contains(keys[k]) { j = k + 1 }
            }
            if analysis.isKey(j, .`in`, .inside), let place = placeAfterIn(from: j, in: c, within: 0),
               !analysis.isKey(place.tokens.upperBound, .year, .years, .months) {
                // "Ahrar al-Sham, one of the most powerful Islamist factions in northern Syria": the
                // kind in the apposition places the named group and has it as a member.
                if let named = namedGroup(beforeOneOf: m, in: c) {
                    add(named.number, .locatedIn, place.number, c, at: end)
                    add(named.number, .memberOf, m.number, c, at: m.tokens.lowerBound)
                } else {
                    add(m.number, .locatedIn, place.number, c, at: end)
                }
            } else if category?.isOne(of: .armedGroup, .militia) == true,
                      // (placeOfPresence needs a word of presence inside the sentence: one without skips it.)
                      c.classes.contains(.presenceWord), let place = placeOfPresence(after: j, in: c) {
                // "Hezbollah fighters were seen on the eastern edge of P", "troops are deployed near P".
                add(m.number, .locatedIn, place.number, c, at: j)
            } else if category == .person, let state = c.window(from: j, to: j + 6).first(where: { analysis.isWord($0, .stayingWord) && analysis.isKey($0 + 1, .in, .inside) }),
                      !c.window(from: j, to: state).contains(where: { c.isCovered($0) || tokens[$0].kind != .word }),
                      let place = placeAfterIn(from: state + 1, in: c, within: 0) {
                // "About 250,000 people are believed to be trapped in the east of the city".
                add(m.number, .locatedIn, place.number, c, at: state)
            } else if category == .person, analysis.isKey(j, .of), !analysis.isKey(m.tokens.lowerBound - 1, .of),
                      let first = c.mention(startingAt: j + 1) ?? (analysis.isKey(j + 1, .the) ? c.mention(startingAt: j + 2) : nil),
                      analysis.kind(of: first) == .place, first.form != .adjective {
                // "Residents of Maarat al-Numan and Saraqeb": people of a place live in it.
                for place in c.coordinatedMentions(from: first.tokens.lowerBound, where: { analysis.kind(of: $0) == .place && $0.form != .adjective }) {
                    add(m.number, .locatedIn, place.number, c, at: end)
                }
            }
        }
    }

    /// The place named by an apposition that starts at `start`: "a village in Idlib province",
    /// "two government-held towns in P", "the main town of P". Nil when the apposition is no
    /// place noun phrase or names no place.
    func appositiveParent(from start: Int, in c: SentenceContext) -> Mention? {
        guard c.range.contains(start), analysis.isKey(start, .a, .an) || analysis.isWord(start, .determiner) || tokens[start].kind == .number,
              !analysis.isWord(start, .relativePronoun) else { return nil }   // ", whose capture would link the enclave of P"
        for t in c.window(from: start + 1, to: start + 7) {
            // An actor may qualify the noun by compound or possessive: "a rebel-held town",
            // "Islamic State's last stronghold in".
            if c.mention(covering: t).map({ analysis.kind(of: $0) != .actor || !analysis.isKey($0.tokens.upperBound, .hyphen) && !analysis.isKey($0.tokens.upperBound, .possessive) }) ?? false { return nil }
            if tokens[t].kind == .possessive { continue }
            if analysis.placeNoun(t) != nil || analysis.isWord(t, .pluralPlaceNoun) || analysis.isWord(t, .placeRoleNoun) {
                var u = t + 1
                guard analysis.isKey(u, .in, .of) || analysis.isKey(u, .inside) else { return nil }
                u += 1
                // ("in the north of Aleppo" may be one mention, from its "the"; "in the north of
                // the enclave": a bare direction names a part of the place after it.)
                let section = c.mention(startingAt: u).map { placeOfBareDirection($0, in: c) ?? $0 }
                if analysis.isKey(u, .the) { u += 1 }
                guard let parent = section ?? c.mention(startingAt: u) ?? placeAfterDirection(at: u, in: c), analysis.kind(of: parent) == .place, parent.form != .adjective,
                      !analysis.isKey(parent.tokens.upperBound, .possessive) else { return nil }
                return parent
            }
            guard tokens[t].kind == .word || tokens[t].isMark("-"), !analysis.isWord(t, .clauseBreaker) else { return nil }
        }
        return nil
    }

    /// The place after a direction and "of" at `t`: "(the) north of Aleppo", "south of the city" →
    /// Aleppo, the city. Nil when `t` is no such direction or no place follows.
    func placeAfterDirection(at t: Int, in c: SentenceContext) -> Mention? {
        guard c.range.contains(t), !c.isCovered(t), analysis.direction(t) != nil, analysis.isKey(t + 1, .of) else { return nil }
        let place = c.mention(startingAt: t + 2) ?? (analysis.isKey(t + 2, .the) ? c.mention(startingAt: t + 3) : nil)
        guard let place, analysis.kind(of: place) == .place, place.form != .adjective else { return nil }
        return place
    }

    /// The first of the nine tokens from `start` that is "based" or a seat participle followed by
    /// "in": "based in", "published in". A plain loop: this runs for most non-person actors.
    func seatWord(from start: Int, in c: SentenceContext) -> Int? {
        for t in c.window(from: start, to: start + 9) where analysis.isKey(t + 1, .in) {
            if analysis.isKey(t, .based) || Self.isSeatParticiple(t, analysis) { return t }
        }
        return nil
    }

    /// The first possessive token ("'s") of `range`, if any. (A plain loop: `first(where:)` called
    /// a closure, and retained and released the token array, for every mention asked.)
    func firstPossessive(in range: Range<Int>) -> Int? {
        var t = range.lowerBound
        while t < range.upperBound {
            if analysis.tokens[t].kind == .possessive { return t }
            t += 1
        }
        return nil
    }

    /// True when the sentence of `c` holds "based" or a participle of ``isSeatParticiple(_:_:)``:
    /// ``seatWord(from:in:)`` finds one only there.
    func hasSeatWord(_ c: SentenceContext) -> Bool {
        c.keywords.contains(.based) || c.keywords.contains(.headquartered) || c.keywords.contains(.published)
            || c.keywords.contains(.printed) || c.keywords.contains(.registered) || c.keywords.contains(.broadcast)
    }

    /// True when token `t` is one of the participles that, like "based", say where a body sits:
    /// "published in Damascus" (by keyword id: the words are keywords).
    static func isSeatParticiple(_ t: Int, _ analysis: DocumentAnalysis) -> Bool {
        analysis.isKey(t, .headquartered, .published, .printed) || analysis.isKey(t, .registered, .broadcast)
    }

    /// Nouns for the rim of a place: "on the southern edge of Damascus".
    static let edgeNouns: Set<String> = ["edge", "edges", "outskirts", "fringes", "fringe", "periphery", "rim"]

    /// Where an actor is, from the words around its mention: "In Damascus, the Foreign Ministry
    /// said" (a place put first), "Islamic State positions in the Huweiqa district", "Lebanon's
    /// Hezbollah" and "the Iraqi militia Harakat al-Nujaba" (a country's group).
    /// `placeMayOpen` is ``mayOpenWithPlace(_:)`` of the sentence.
    func findActorPlaces(_ m: Mention, in c: SentenceContext, placeMayOpen: Bool) {
        // (Held here for the call: read through `analysis` at each use, each was retained.)
        let tokens = self.tokens, index = self.index
        let start = m.tokens.lowerBound
        // (A sentence that cannot open with a place skips the search for the subject's start.)
        if placeMayOpen { findPlacePutFirst(before: m, in: c) }
        // "Islamic State positions in the Huweiqa and Rashdiyeh districts".
        let end = m.tokens.upperBound
        if analysis.isKey(end + 1, .in), analysis.isWord(end, .possessedNoun),
           let place = c.mention(startingAt: end + 2) ?? (analysis.isKey(end + 2, .the) ? c.mention(startingAt: end + 3) : nil),
           analysis.kind(of: place) == .place, place.form != .adjective {
            for p in c.coordinatedMentions(from: place.tokens.lowerBound, where: { analysis.kind(of: $0) == .place && $0.form != .adjective }) {
                add(m.number, .locatedIn, p.number, c, at: end)
            }
        }
        guard Self.isArmedBody(analysis.category(of: m)) else { return }
        // A state's own forces ("Russia's defence ministry", the Russian military) are members of it, not located in it.
        if let parent = analysis.lexiconParent(of: m.number), index.category(ofEntity: parent) == .state { return }
        // "Lebanon's Hezbollah": the group of a country, inside its name or before it.
        if let possessive = firstPossessive(in: m.tokens) ?? (tokens[max(0, start - 1)].kind == .possessive ? start - 1 : nil),
           possessive > 0, let owner = countryPlace(endingAt: possessive) {
            add(m.number, .locatedIn, owner, c, at: possessive)
            return
        }
        // "the Iraqi militia Harakat al-Nujaba".
        if start >= 2, analysis.isWord(start - 1, .groupNoun), let country = placeAdjective(at: start - 2), analysis.category(of: country) == .country {
            add(m.number, .locatedIn, country, c, at: start - 2)
        }
    }

    /// False when the sentence of `c` cannot open with a place after "in" and a comma, which is
    /// what ``findPlacePutFirst(before:in:)`` looks for: it needs a comma inside the sentence (the one
    /// before the subject, right after the place) and "in" or "inside" right before the place,
    /// which is either the first token of the sentence that is no number or punctuation ("In
    /// Tehran", "11:40 -- In Tehran") or the second ("Speaking in Paris"); or else the place starts
    /// before the sentence, and then covers its first token.
    func mayOpenWithPlace(_ c: SentenceContext) -> Bool {
        guard c.keywords.contains(.comma) else { return false }
        let lower = c.range.lowerBound
        if c.isCovered(lower) || analysis.isKey(lower + 1, .in) || analysis.isKey(lower + 1, .inside) { return true }
        var first = lower
        while first < c.range.upperBound, tokens[first].kind == .number || tokens[first].kind == .punctuation { first += 1 }
        return analysis.isKey(first, .in) || analysis.isKey(first, .inside)
    }

    /// "In Damascus, the Foreign Ministry said": `m`, the subject of a sentence that opens with a
    /// place after "in" (and a comma), is located in that place.
    private func findPlacePutFirst(before m: Mention, in c: SentenceContext) {
        let tokens = self.tokens, index = self.index
        let start = m.tokens.lowerBound
        // "In Damascus, the Foreign Ministry said": the subject right after a place put first; a
        // titled person's body and title may stand before the name ("In Washington, State
        // Department spokesman John Kirby said"), and then the person, not the body, is the subject.
        var t = start - 1
        if analysis.category(of: m) == .person {
            while t > c.range.lowerBound, t >= start - 5, !analysis.isKey(t, .comma) {
                if let body = c.mention(covering: t), analysis.kind(of: body) == .actor { t = body.tokens.lowerBound - 1; continue }
                guard tokens[t].kind == .word, !analysis.wordClass(t).isDisjoint(with: [.title, .roleNoun]) else { break }
                t -= 1
            }
        } else if index.roleNouns.longestMatch(in: tokens, ids: analysis.keyIDs, from: m.tokens.upperBound, limit: c.range.upperBound)
                    .map({ c.mention(startingAt: $0.end).map { analysis.category(of: $0) == .person } == true }) == true {
            t = -1   // the body of a titled person: the person is the subject
        }
        if analysis.isKey(t, .the) { t -= 1 }
        // "In Idlib, tens of thousands of evacuees", "In Tehran, the hardline daily Kayhan", "In
        // Marea, rescue workers of the civil defence": a few plain words of description before the
        // subject (no verb among them, nothing named).
        // (Only in a sentence that may open with a place: "In", "Inside" or a live blog's time.)
        let opensWithPlace = analysis.isKey(c.range.lowerBound, .in, .inside) || tokens[c.range.lowerBound].kind == .number
        if !analysis.isKey(t, .comma), t >= 0, opensWithPlace {
            var u = t
            // (A participle or gerund only after a hyphen: "state-owned", not "shelling killed".)
            while u > c.range.lowerBound, u >= start - 6, !c.isCovered(u), !analysis.isKey(u, .comma),
                  tokens[u].kind == .word && !tokens[u].isCapitalized && !analysis.isWord(u, .lyAdverb)
                    && (analysis.isKey(u - 1, .hyphen) || !analysis.isWord(u, .endsInEd) && !analysis.isWord(u, .endsInIng))
                    && analysis.wordClass(u).isDisjoint(with: [.auxiliary, .quoteVerb, .attackVerb, .clauseBreaker, .relativePronoun, .negation, .modal, .preposition, .meetingVerb])
                    || analysis.isKey(u, .of) || analysis.isKey(u, .hyphen) {
                u -= 1
            }
            if analysis.isKey(u, .comma) { t = u } else if analysis.isKey(u, .the, .a, .an), analysis.isKey(u - 1, .comma) { t = u - 1 }
        }
        // "In Moscow, the Russian defence minister, Sergei Shoigu, told": a role apposition before
        // the name.
        if analysis.category(of: m) == .person, analysis.isKey(t, .comma),
           let opening = c.window(from: t - 8, to: t).last(where: { analysis.isKey($0, .comma) }),
           analysis.isKey(opening + 1, .the) || analysis.isKey(opening + 1, .a, .an),
           c.window(from: opening + 2, to: t).contains(where: { analysis.isWord($0, .roleNoun) }),
           c.window(from: opening + 2, to: t).allSatisfy({ tokens[$0].kind == .word || tokens[$0].kind == .possessive || analysis.isKey($0, .period) }) {
            t = opening
        }
        // "In Tehran on Thursday, P said": a day after the place.
        var placeEnd = t - 1
        // "In al-Bab, one of the towns on the front line, a medic said": an apposition of plain
        // words after the place.
        if opensWithPlace, analysis.isKey(t, .comma), !c.isCovered(placeEnd),
           let opening = c.window(from: t - 14, to: t - 1).last(where: { analysis.isKey($0, .comma) }),
           analysis.isWord(opening + 1, .determiner) || analysis.isKey(opening + 1, .one) || tokens[opening + 1].kind == .number,
           c.window(from: opening + 1, to: t).allSatisfy({ !c.isCovered($0) && (tokens[$0].kind == .word || tokens[$0].kind == .number || analysis.isKey($0, .hyphen)) }) {
            placeEnd = opening - 1
        }
        if placeEnd - 1 > c.range.lowerBound, analysis.isKey(placeEnd - 1, .on), Self.weekdays.contains(keys[placeEnd]) { placeEnd -= 2 }
        // (Not "In Ankara, Cavusoglu's office said": the possessed noun is the subject.)
        if analysis.isKey(t, .comma), !analysis.isKey(m.tokens.upperBound, .possessive),
           let place = c.mention(covering: placeEnd), analysis.kind(of: place) == .place, place.form != .adjective,
           analysis.isKey(place.tokens.lowerBound - 1, .in) || analysis.isKey(place.tokens.lowerBound - 1, .inside),
           // ("Speaking in Paris, P said" too; "11:40 -- In Tehran, P said": a live blog's time first.)
           place.tokens.lowerBound - 1 == c.range.lowerBound || place.tokens.lowerBound - 2 == c.range.lowerBound && MentionFinder.speakingParticiples.contains(keys[c.range.lowerBound])
               || c.window(from: c.range.lowerBound, to: place.tokens.lowerBound - 1).allSatisfy({ tokens[$0].kind == .number || tokens[$0].kind == .punctuation }),
           [.city, .country, .district, .neighbourhood].contains(analysis.category(of: place)) {
            add(m.number, .locatedIn, place.number, c, at: t)
        }
    }

    /// The place a bare direction is a part of: "the south of the enclave" → the enclave, where
    /// "the south" alone was read as a region (of the country). Nil for any other mention.
    func placeOfBareDirection(_ direction: Mention, in c: SentenceContext) -> Mention? {
        let after = direction.tokens.upperBound
        guard analysis.isKey(after, .of), analysis.category(of: direction) == .region || direction.form == .section,
              direction.tokens.allSatisfy({ analysis.isKey($0, .the) || analysis.isKey($0, .hyphen) || analysis.isWord($0, .direction) }),
              let place = c.mention(startingAt: after + 1) ?? (analysis.isKey(after + 1, .the) ? c.mention(startingAt: after + 2) : nil),
              analysis.kind(of: place) == .place, place.form != .adjective, place.number != direction.number else { return nil }
        return place
    }

    /// Plural and collective nouns for a body's people, between its name and "in": "rebel
    /// commanders in Idlib", "the PLO leadership in Ramallah".
    static let peopleOfBodyNouns: Set<String> = ["leadership", "delegation", "delegations", "commanders", "officials", "representatives", "envoys", "fighters", "teams", "crews", "staff", "workers", "volunteers", "cadres", "officers", "mission", "office", "offices", "leaders"]

    /// Verbs of working somewhere, in a person's relative clause: "who reports from inside the city".
    static let workingFromVerbs: Set<String> = ["reports", "reported", "follows", "followed", "works", "worked", "lives", "lived", "writes", "monitors", "covers", "tracks", "blogs", "broadcasts"]

    /// The days of the week, as token keys.
    static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// Nouns of a kind of place before "of" and a name: "the northern Syrian city of Aleppo".
    static let placeTypeNouns = ["city", "town", "village", "capital", "province", "cities", "towns", "villages", "provinces"]

    /// Verbs of a place that includes others: "Homs province, which includes Palmyra".
    static let inclusionVerbs = ["includes", "included", "include", "contains", "encompasses"]

    /// Nouns for what a place is to someone, heads of a place's apposition: "Raqqa, the group's
    /// de facto capital in northern Syria".
    static let placeRoleNouns: Set<String> = ["capital", "stronghold", "strongholds", "bastion", "airfield", "enclave", "hub", "heartland", "outpost", "base", "crossing"]

    /// The place where an armed group is said to be, after its name at `start`: "fighters were seen
    /// on the eastern edge of P", "troops are deployed in P", "units stationed near P". Only plain
    /// words stand between the name and the word of presence.
    func placeOfPresence(after start: Int, in c: SentenceContext) -> Mention? {
        guard var word = c.window(from: start, to: start + 5).first(where: { analysis.isWord($0, .presenceWord) }),
              !c.window(from: start, to: word).contains(where: { c.isCovered($0) || tokens[$0].kind != .word || analysis.isWord($0, .clauseBreaker) || analysis.isKey($0, .not) }),
              analysis.isKey(word + 1, .in, .inside) || analysis.isKey(word + 1, .on) || analysis.isKey(word + 1, .near, .around) else { return nil }
        // "dug in around P", "dug in on the edge of P": the particle belongs to the verb.
        if keys[word] == "dug", analysis.isKey(word + 1, .in), analysis.isKey(word + 2, .on) || analysis.isKey(word + 2, .near, .around) || analysis.isKey(word + 2, .in) { word += 1 }
        // "on the eastern edge of P", "near the outskirts of P": a part of the place.
        var t = word + 2
        if analysis.isKey(t, .the) { t += 1 }
        if analysis.isWord(t, .direction) { t += 1 }
        if Self.edgeNouns.contains(analysis.key(t)), analysis.isKey(t + 1, .of) { t += 2; if analysis.isKey(t, .the) { t += 1 } } else { t = analysis.isKey(word + 2, .the) ? word + 3 : word + 2 }
        guard let place = c.mention(startingAt: t), analysis.kind(of: place) == .place, place.form != .adjective else { return nil }
        return place
    }

    /// The place after "has (about 2,000) troops in": ", which has about 2,000 troops in Syria",
    /// "keeps forces in P". Only a relative pronoun, a verb of having and plain words stand between.
    func placeOfTroops(after end: Int, in c: SentenceContext) -> Mention? {
        var t = end
        if analysis.isKey(t, .comma), analysis.isKey(t + 1, .which) { t += 2 } else if analysis.isKey(t, .that) || analysis.isKey(t, .which) { t += 1 }
        // "has a presence in P", "has a foothold inside P": a word of presence instead of forces;
        // "has no more than a few hundred men in P": a longer count ("has no troops in P" is none).
        guard t < c.range.upperBound, analysis.isWord(t, .havingVerb),
              let force = c.window(from: t + 1, to: t + 8).first(where: { (analysis.isWord($0, .forceNoun) || Self.isFootholdNoun($0, analysis)) && !c.isCovered($0) }),
              // (No clause between: "has repeatedly said that most of the fighters in P".)
              c.window(from: t + 1, to: force).allSatisfy({ tokens[$0].kind == .number || tokens[$0].kind == .word && !c.isCovered($0)
                  && !analysis.isWord($0, .quoteVerb) && !analysis.isKey($0, .that) && !analysis.isWord($0, .clauseBreaker) }),
              !analysis.isKey(t + 1, .not), !analysis.isKey(t + 1, .no) || analysis.isKey(t + 2, .more, .fewer),
              analysis.isKey(force + 1, .in) || analysis.isKey(force + 1, .inside),
              let place = placeAfterIn(from: force + 1, in: c, within: 0), place.form != .adjective else { return nil }
        return place
    }

    /// True when token `t` is a noun of a body's hold on a place, after a verb of having: "has a
    /// presence in P" (by keyword id: the words are keywords).
    static func isFootholdNoun(_ t: Int, _ analysis: DocumentAnalysis) -> Bool {
        analysis.isKey(t, .presence, .foothold, .footholds) || analysis.isKey(t, .headquarters, .stronghold, .strongholds)
    }

    /// Verbs of having forces somewhere: "has troops in", "keeps forces in".
    static let havingVerbs: Set<String> = ["has", "have", "had", "keeps", "kept", "keep", "maintains", "maintained", "stationed", "deployed", "deploys"]

    /// Words saying an armed group is somewhere: "seen", "deployed", "stationed".
    static let presenceWords: Set<String> = ["seen", "spotted", "deployed", "stationed", "positioned", "massed", "massing", "entrenched", "dug", "present", "filmed", "photographed"]

    /// Words of being or staying somewhere, before "in": "people trapped in P".
    static let stayingWords: Set<String> = ["trapped", "stranded", "stuck", "sheltering", "living", "live", "lives", "remain", "remained", "remaining", "hiding", "encircled", "besieged", "holed"]

    /// The country (as a place) of a state's mention: "based in Britain" → the United Kingdom as a
    /// place (the mention gives the country node its provenance). Returns the country's number.
    func territory(of state: Mention) -> Int32? {
        guard analysis.category(of: state) == .state, let number = index.number(of: Lexicon.territoryID(of: analysis.id(of: state))) else { return nil }
        analysis.recordLexiconEntity(number: number)
        addInnerMention(number: number, tokens: state.tokens, form: .name)
        return number
    }

    /// The country (as a place) named by the words that end right before token `end`: "Lebanon" in
    /// "Lebanon's Hezbollah".
    func countryPlace(endingAt end: Int) -> String? {
        guard let hit = index.names.longestMatch(in: tokens, ids: analysis.keyIDs, from: max(0, end - 1), limit: end)?.values
            .first(where: { [.country, .state].contains(index.entityTable[Int($0.entity)].category) }) else { return nil }
        let entity = index.entity(number: hit.entity)
        let id = entity.category == .country ? entity.id : Lexicon.territoryID(of: entity.id)
        guard let number = index.number(of: id) else { return nil }
        analysis.recordLexiconEntity(number: number)
        addInnerMention(number: number, tokens: (end - 1)..<end, form: .name)
        return id
    }

    /// Where someone spoke or met, after a verb of speaking or meeting at `verb` (or the word after
    /// it): "told a news conference in Bratislava", "said by telephone from Damascus". Only a city
    /// or country counts, and no other actor or clause may come between.
    /// False when neither a token of the sentence of `c` nor the one right after it is a verb of
    /// meeting or speaking (``WordClass/meetingVerb``): ``placeOfSpeaking(after:in:)``, given a token
    /// after the sentence's first, then finds nothing (it needs one at that token or the next, and
    /// a preposition inside the sentence from that token on).
    func maySpeakInPlace(_ c: SentenceContext) -> Bool {
        c.classes.contains(.meetingVerb) || analysis.isWord(c.range.upperBound, .meetingVerb)
    }

    func placeOfSpeaking(after verb: Int, in c: SentenceContext) -> Mention? {
        guard analysis.isWord(verb, .meetingVerb) || analysis.isWord(verb + 1, .meetingVerb) else { return nil }
        // "told the Security Council in New York", "told President P at a meeting in Moscow": the
        // body or person told (right after the verb) was where the speaker spoke.
        let toldAt = analysis.isWord(verb, .meetingVerb) ? verb : verb + 1
        var audience: Mention?
        if analysis.isKey(toldAt, .told) || analysis.isKey(toldAt, .tells) || analysis.isKey(toldAt, .tell) {
            let next = analysis.isKey(toldAt + 1, .the) ? toldAt + 2 : toldAt + 1
            if let told = c.mention(startingAt: next), analysis.kind(of: told) == .actor, told.form != .adjective,
               analysis.isKey(told.tokens.upperBound, .in) || analysis.isKey(told.tokens.upperBound, .at) {
                audience = told
            }
        }
        // ("told Reuters from Turkey": "from" right after the outlet told.)
        guard let preposition = c.window(from: verb, to: verb + 9).first(where: { t in
            analysis.isKey(t, .`in`) || analysis.isKey(t, .from) && (Self.remoteSpeechWords.contains(analysis.key(t - 1))
                || c.mention(covering: t - 1).map { analysis.category(of: $0) == .media && $0.tokens.lowerBound > verb } == true)
        }) else { return nil }
        // (An outlet may stand between: "told Reuters by telephone from Turkey". A number opens
        // what was said: "said about 100 staff in P could leave".)
        guard !c.window(from: verb, to: preposition).contains(where: { t in
            c.mention(covering: t).map { $0.tokens.lowerBound > verb && analysis.category(of: $0) != .media && $0.tokens != audience?.tokens } == true
                || analysis.isKey(t, .comma, .that) || tokens[t].kind == .number
                // (A clause of its own: "says he is haunted by what is happening in P".)
                || analysis.isWord(t, .auxiliary) || analysis.isKey(t, .he) || analysis.isKey(t, .she) || analysis.isKey(t, .they)
        }) else { return nil }
        let place: Mention?
        if analysis.isKey(preposition, .from) {
            place = c.mention(startingAt: preposition + 1) ?? (analysis.isKey(preposition + 1, .the) ? c.mention(startingAt: preposition + 2) : nil)
                ?? placeNamedByItsKind(after: preposition, in: c)
        } else {
            place = placeAfterIn(from: preposition, in: c, within: 0) ?? placeNamedByItsKind(after: preposition, in: c)
                ?? placeOfOccasion(after: preposition, in: c)
        }
        guard let place else { return nil }
        // "from Turkey": a state named where its country is meant.
        if analysis.isKey(preposition, .from), analysis.category(of: place) == .state, let country = territory(of: place) {
            var located = place
            located.number = country
            return located
        }
        // "speaking by telephone from the al-Mashhad district": a call comes from a district too.
        let categories: [Category] = analysis.isKey(preposition, .from) ? [.city, .country, .district, .neighbourhood] : [.city, .country]
        guard analysis.kind(of: place) == .place, let category = analysis.category(of: place), categories.contains(category) else { return nil }
        return place
    }

    /// Words before "from" that say someone spoke from afar: "by telephone from", "by video link
    /// from", "by voice message from".
    static let remoteSpeechWords: Set<String> = ["telephone", "phone", "speaking", "video", "link", "message", "satellite", "radio"]

    /// The place whose edge the words after a place's mention (at `end`) put it on: "on the
    /// western edge of Aleppo", ", a housing complex on the south-western edge of the city".
    func edgeParent(after end: Int, in c: SentenceContext) -> Int32? {
        var t = end
        // "the Rashidin district on the western outskirts of the city": the name's place noun first.
        if analysis.placeNoun(t) != nil, analysis.isKey(t + 1, .on) { t += 1 }
        if analysis.isKey(t, .comma), analysis.isKey(t + 1, .a, .an) || analysis.isKey(t + 1, .the) {
            // An apposition of plain words up to the preposition.
            t += 2
            while t < min(c.range.upperBound, end + 9), tokens[t].kind == .word || tokens[t].isMark("-"), !c.isCovered(t), !analysis.isKey(t, .on) { t += 1 }
        }
        guard analysis.isKey(t + 1, .the), analysis.isKey(t, .on, .along) else { return nil }
        // "on the western outskirts of Aleppo" may be read as one section of the city: its city.
        if let section = c.mention(startingAt: t + 1), section.form == .section,
           c.window(from: section.tokens.lowerBound, to: section.tokens.upperBound).contains(where: { Self.edgeNouns.contains(keys[$0]) }),
           // A section's id is "<direction>-<place id>".
           case let id = analysis.id(of: section), let dash = Self.firstDash(in: id),
           let city = index.number(of: String(id[id.index(after: dash)...])), index.entity(number: city).kind == .place {
            analysis.recordLexiconEntity(number: city)
            return city
        }
        var u = t + 2
        // "south-western", "northern".
        if analysis.isWord(u, .direction) { u += 1; if analysis.isKey(u, .hyphen), analysis.isWord(u + 1, .direction) { u += 2 } }
        guard u < c.range.upperBound, Self.edgeNouns.contains(keys[u]), analysis.isKey(u + 1, .of) else { return nil }
        u += 2
        if analysis.isKey(u, .the), c.mention(startingAt: u) == nil { u += 1 }
        guard let parent = c.mention(startingAt: u), analysis.kind(of: parent) == .place, parent.form != .adjective,
              [.city, .district, .neighbourhood, .region].contains(analysis.category(of: parent)) else { return nil }
        return parent.number
    }

    /// The named group an apposition "X, one of the (largest) KIND" is about, with `kind` the
    /// mention of the kind.
    func namedGroup(beforeOneOf kind: Mention, in c: SentenceContext) -> Mention? {
        guard let one = c.window(from: kind.tokens.lowerBound - 6, to: kind.tokens.lowerBound).last(where: { analysis.isKey($0, .one) }),
              analysis.isKey(one + 1, .of), analysis.isKey(one - 1, .comma),
              c.window(from: one + 2, to: kind.tokens.lowerBound).allSatisfy({ tokens[$0].kind == .word && !c.isCovered($0) }),
              let named = c.mention(covering: one - 2), analysis.isNamed(named), named.form != .adjective,
              Self.isArmedBody(analysis.category(of: named)) else { return nil }
        return named
    }

    /// "said in a televised speech in Ankara", "told a news conference in Geneva": the place of the
    /// occasion named after "in" (or "at").
    func placeOfOccasion(after preposition: Int, in c: SentenceContext) -> Mention? {
        guard analysis.isKey(preposition + 1, .a, .an) || analysis.isKey(preposition + 1, .the),
              let noun = c.window(from: preposition + 2, to: preposition + 5).first(where: { Self.occasionNouns.contains(keys[$0]) }),
              c.window(from: preposition + 2, to: noun).allSatisfy({ tokens[$0].kind == .word && !c.isCovered($0) }),
              // "a statement issued in Geneva": a participle of issuing may stand between.
              case let at = Self.issuingParticiples.contains(analysis.key(noun + 1)) ? noun + 2 : noun + 1,
              analysis.isKey(at, .in) || analysis.isKey(at, .at),
              let place = c.mention(startingAt: at + 1), analysis.kind(of: place) == .place, place.form != .adjective else { return nil }
        return place
    }

    /// Participles of giving out words, between an occasion and its place: "a statement issued in
    /// Geneva", "a speech delivered in Ankara".
    static let issuingParticiples: Set<String> = ["issued", "released", "delivered", "given", "made", "published", "broadcast", "read"]

    /// Occasions on which people speak: "a speech", "a news conference".
    static let occasionNouns: Set<String> = ["speech", "address", "interview", "conference", "briefing", "statement", "meeting", "rally", "summit", "ceremony", "forum"]

    /// The place named after its kind following a preposition at `preposition`: "from the Turkish
    /// city of Gaziantep", "in the town of Atareb", "from the village of Qabasin".
    func placeNamedByItsKind(after preposition: Int, in c: SentenceContext) -> Mention? {
        guard analysis.isKey(preposition + 1, .the, .a) || analysis.isKey(preposition + 1, .an),
              let of = c.window(from: preposition + 2, to: preposition + 6).first(where: { analysis.isKey($0, .of) }),
              analysis.placeNoun(of - 1) != nil,
              c.window(from: preposition + 2, to: of).allSatisfy({ tokens[$0].kind == .word && (c.mention(covering: $0).map { $0.form == .adjective } ?? true) }),
              let place = c.mention(startingAt: of + 1), analysis.kind(of: place) == .place, place.form != .adjective else { return nil }
        return place
    }

    /// True when the actor named at `t` is the organisation of a role noun before it: "a
    /// spokesman for the ICRC", "an official of the UN".
    func isRoleOrganisation(at t: Int, in c: SentenceContext) -> Bool {
        guard let org = c.mention(startingAt: t), analysis.kind(of: org) == .actor, analysis.category(of: org) != .person else { return false }
        var p = t - 1
        if analysis.isKey(p, .the) { p -= 1 }
        if analysis.isKey(p, .for, .of) || analysis.isKey(p, .at, .with) { return true }
        // "an ICRC spokeswoman": the organisation before its role noun.
        return index.roleNouns.longestMatch(in: tokens, ids: analysis.keyIDs, from: org.tokens.upperBound, limit: c.range.upperBound) != nil
    }

    /// "…, he told reporters in Ankara": the person a pronoun stands for (the last named person
    /// before it) was where they spoke.
    func findPronounSpeakerPlaces(_ c: SentenceContext) {
        guard c.keywords.contains(.he) || c.keywords.contains(.she) else { return }
        // The words "he" and "she", found eight key ids at a time.
        var t = analysis.firstToken(from: c.range.lowerBound, to: c.range.upperBound, keyedBy: .he, .she, .she)
        while t < c.range.upperBound {
            defer { t = analysis.firstToken(from: t + 1, to: c.range.upperBound, keyedBy: .he, .she, .she) }
            guard let place = placeOfSpeaking(after: t + 1, in: c),
                  let person = StatementFinder(analysis: analysis).resolvePronoun(before: t) else { continue }
            add(person, .locatedIn, place.number, c, at: t)
        }
    }

    /// The place of the adjective before the noun at `noun`, with up to two plain words between:
    /// "the Turkish border town" → Turkey.
    func nearestPlaceAdjective(before noun: Int, in c: SentenceContext) -> String? {
        var t = noun - 1
        while t >= max(c.range.lowerBound, noun - 3) {
            if let place = placeAdjective(at: t) { return place }
            // Only words that qualify the noun may stand between ("Turkish border town"), not a
            // verb and an article ("… Russian struck the town").
            guard tokens[t].kind == .word, !tokens[t].isCapitalized, !c.isCovered(t),
                  !analysis.wordClass(t).isDisjoint(with: [.qualifier, .direction, .placeNoun, .nounModifier]) else { return nil }
            t -= 1
        }
        return nil
    }

    /// The place an adjective at `t` stands for ("Syrian" → Syria), if any.
    func placeAdjective(at t: Int) -> String? {
        guard t >= 0, t < tokens.count, tokens[t].isCapitalized,
              let hits = index.names.longestMatch(in: tokens, ids: analysis.keyIDs, from: t, limit: t + 1)?.values.filter({ $0.form == .adjective }),
              let hit = hits.first(where: { index.entityTable[Int($0.entity)].kind == .place }) ?? hits.first(where: { index.entityTable[Int($0.entity)].category == .state })
        else { return nil }
        let entity = index.entity(number: hit.entity)
        if entity.kind == .place {
            analysis.recordLexiconEntity(number: hit.entity)
            return entity.id
        }
        // "the Turkish border town": a state's adjective stands for its country as a place (a
        // mention of the adjective gives the country node its provenance).
        guard entity.category == .state, let territory = index.number(of: Lexicon.territoryID(of: entity.id)) else { return nil }
        analysis.recordLexiconEntity(number: territory)
        let id = index.entityTable[Int(territory)].id
        addInnerMention(number: territory, tokens: t..<(t + 1), form: .adjective)
        return id
    }

    /// A mention of the entity `number` on the tokens `range`, added late (it may lie inside another mention, as
    /// "Lebanon" in "Lebanon's Hezbollah"): it gives the node its provenance. Added once per
    /// entity and first token; returned either way.
    @discardableResult
    func addInnerMention(number: Int32, tokens range: Range<Int>, form: Mention.Form) -> Mention {
        let t = range.lowerBound
        let mention = Mention(number: number, tokens: range, start: tokens[t].start, end: tokens[range.upperBound - 1].end, form: form)
        guard analysis.innerMentions.insert(Int64(number) << 32 | Int64(t)).inserted,
              analysis.mentionCovering[t] < 0 || analysis.mentions[Int(analysis.mentionCovering[t])].number != number else { return mention }
        analysis.addLateMention(mention)
        return mention
    }

    /// True when `number` is a lexicon entity whose aliases all start upper-case (a name, not a
    /// description). (Read in place through the table's storage: the array subscript copied the
    /// whole entry out, retaining and releasing each of its strings and arrays, to read one field.)
    func aliasesStartUppercase(_ number: Int32) -> Bool {
        index.entityTable.withUnsafeBufferPointer { table in
            Int(number) >= 0 && Int(number) < table.count && table[Int(number)].aliases.allSatisfy(Self.startsUppercase)
        }
    }

    /// `text.first?.isUppercase == true`, without Unicode properties when the first character is a
    /// lone ASCII scalar (an ASCII byte followed by another or by nothing: no grapheme joins two
    /// ASCII scalars but CR LF, neither of them upper-case), as the first of a name almost always is.
    static func startsUppercase(_ text: String) -> Bool {
        let utf8 = text.utf8
        var bytes = utf8.makeIterator()
        guard let first = bytes.next() else { return false }
        if first < 0x80, bytes.next().map({ $0 < 0x80 }) ?? true { return first >= 0x41 && first <= 0x5A }
        return text.first?.isUppercase == true
    }

    /// The place a section ("Southwest Aleppo") belongs to, or the place itself (entity numbers).
    func parentPlace(_ number: Int32) -> Int32 {
        guard analysis.sectionEntities.contains(number) else { return number }
        let id = analysis.id(of: number)
        // A half of a divided city that the lexicon lists as a district of its own ("the
        // enclave", "eastern Aleppo") is a place of its own, not a way of naming the city.
        if index.entity(id)?.category == .district { return number }
        if let dash = Self.firstDash(in: id) {
            let parent = String(id[id.index(after: dash)...])
            if analysis.isRecorded(parent) { return analysis.number(of: parent) }
        }
        return number
    }
}
