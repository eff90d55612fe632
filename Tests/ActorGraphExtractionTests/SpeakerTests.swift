import ActorGraph
@testable import ActorGraphExtraction
import Testing

/// Person names with particles or after a role apposition, and who said a quote: pronouns and
/// organisations as speakers, with the bundled lexicon (sentences written for these tests).
@Suite("Person names and speakers")
struct SpeakerTests {
    func extract(_ text: String) throws -> ActorGraph { try BundledLexicon.extract(text) }

    /// The speakers of the graph's statements, by the first words of their quotes.
    func speaker(ofQuoteStartingWith prefix: String, in graph: ActorGraph) -> String? {
        guard let statement = graph.nodes.first(where: { $0.kind == .statement && $0.quote?.hasPrefix(prefix) == true }) else { return nil }
        return graph.edges.first { $0.relation == .said && $0.target == statement.id }?.source
    }

    // MARK: - Characterisations

    @Test func wordsQuotedForAThingAreTheSpeakersCharacterisation() throws {
        let graph = try extract("The talks opened on Monday. Syria's envoy, Bashar al-Jaafari, called the rebels \"armed terrorist gangs\" on Tuesday. "
            + "President Vladimir Putin condemned the strikes as an \"act of aggression\" against Syria.")
        #expect(speaker(ofQuoteStartingWith: "armed terrorist gangs", in: graph) == "bashar-jaafari")
        #expect(speaker(ofQuoteStartingWith: "act of aggression", in: graph) == "vladimir-putin")
    }

    @Test func aScareQuoteWithoutACharacterisingSpeakerIsNoStatement() throws {
        let graph = try extract("The talks opened on Monday. The so-called \"moderate rebels\" lost ground near the \"death road\" south of the city.")
        #expect(!graph.nodes.contains { $0.kind == .statement })
    }

    @Test func aPronounSubjectCarriesBackOverTheObjectItNamed() throws {
        let graph = try extract("The talks ended late. Kerry, whose efforts have run aground, sounded less hopeful. "
            + "He said he had pressed Lavrov for a nationwide halt. \"Even if the city falls, the war does not end,\" he said.")
        #expect(speaker(ofQuoteStartingWith: "Even if the city falls", in: graph) == "john-kerry")
    }

    @Test func peopleAreFoundByWhoByTheirBodyAndWithAnHonorificInside() throws {
        let graph = try extract("The talks ended late. Rick Brennan, who directs the agency's emergency work, said care had collapsed. "
            + "Zakaria Malahifji of the Fastaqim group said the rebels would stay. Mahmoud Sheikh Ali, a rescue volunteer, said the roads were blocked.")
        #expect(graph.node(withID: "rick-brennan")?.category == .person)
        #expect(graph.node(withID: "zakaria-malahifji")?.category == .person)
        #expect(graph.node(withID: "mahmoud-sheikh-ali")?.category == .person)
        #expect(graph.node(withID: "ali") == nil)
        // A known group's name with its kind after it is the known group.
        #expect(graph.node(withID: "fastaqim")?.aliases.contains("Fastaqim group") == true)
        #expect(graph.has("zakaria-malahifji", .memberOf, "fastaqim"))
    }

    @Test func aSpeakerMayFollowWithTitlesOrALongApposition() throws {
        let graph = try extract("The talks ended late. \"We cannot keep counting the dead,\" said Colonel Ahmed al-Sabbagh, a defector. "
            + "\"There is nowhere safe to go,\" Robert Mardini, the ICRC's regional director for the Near and Middle East, said in a statement. "
            + "Talal al-Barazi, the governor of Homs, confirmed the withdrawal. \"The army will take it back,\" he told state television.")
        #expect(speaker(ofQuoteStartingWith: "We cannot keep counting", in: graph) == "ahmed-al-sabbagh")
        #expect(speaker(ofQuoteStartingWith: "There is nowhere safe", in: graph) == "robert-mardini")
        #expect(speaker(ofQuoteStartingWith: "The army will take it back", in: graph) == "talal-al-barazi")
    }

    // MARK: - Names with particles

    @Test func lowerCaseParticlePairsStayInsideTheName() throws {
        let graph = try extract("\"The shelters are full,\" said Pierre de la Fontaine, the relief director in the region.")
        #expect(graph.node(withID: "pierre-de-la-fontaine")?.label == "Pierre de la Fontaine")
        #expect(graph.node(withID: "pierre") == nil)
        #expect(graph.node(withID: "fontaine") == nil)
        #expect(speaker(ofQuoteStartingWith: "The shelters", in: graph) == "pierre-de-la-fontaine")
    }

    @Test func dutchAndGermanParticles() throws {
        let graph = try extract("Anneke van der Berg, a nurse at the clinic, said the wards were full.")
        #expect(graph.node(withID: "anneke-van-der-berg") != nil)
        #expect(graph.node(withID: "berg") == nil)
    }

    @Test func capitalisedParticlesBeforeAnAbbreviatedOrganisation() throws {
        let graph = try extract("Karim El Mansour, the U.N. refugee coordinator in Lebanon, said the camps were full.")
        #expect(graph.node(withID: "karim-el-mansour")?.category == .person)
    }

    @Test func aParticleIsNoNameWithoutACapitalAfterIt() throws {
        let graph = try extract("Omar Khaled de la ville said nothing.")
        #expect(graph.node(withID: "omar-khaled-de-la-ville") == nil)
    }

    // MARK: - Names after a role apposition

    @Test func aNameAfterARoleApposition() throws {
        let graph = try extract("Lebanon's health chief, Nadim Haddad, said hospitals were overwhelmed. A local teacher, Omar Farouk, who runs the only school, said classes had stopped.")
        #expect(graph.node(withID: "nadim-haddad")?.category == .person)
        #expect(graph.node(withID: "omar-farouk")?.category == .person)
    }

    @Test func aListAfterARoleNounIsNoName() throws {
        let graph = try extract("The shelling killed a nurse, Hanano Street vendors and two children.")
        #expect(graph.node(withID: "hanano-street") == nil)
    }

    // MARK: - Pronoun speakers

    @Test func aPronounSkipsNamesInsideTheQuote() throws {
        let graph = try extract("Omar Farouk, a teacher, spoke to reporters. \"Bashar al-Assad must leave and Vladimir Putin must stop the bombing,\" he said.")
        #expect(speaker(ofQuoteStartingWith: "Bashar al-Assad must", in: graph) == "omar-farouk")
    }

    @Test func aPronounTakesTheSubjectOfTheLastSentenceThatNamesAPerson() throws {
        let text = """
        Nadim Haddad, a surgeon, said the hospital had run out of fuel.
        Salma Idris told Mr Haddad on Tuesday that the generators had failed. "We are operating by torchlight," she said.
        """
        let graph = try extract(text)
        #expect(speaker(ofQuoteStartingWith: "We are operating", in: graph) == "salma-idris")
    }

    @Test func aPronounSkipsAPersonOfTheOtherGender() throws {
        let text = "Salma Idris, a nurse, said the ward was full. Her brother, Karim Idris, stayed behind. \"We could not leave him,\" she said."
        let graph = try extract(text)
        #expect(speaker(ofQuoteStartingWith: "We could not", in: graph) == "salma-idris")
    }

    @Test func aDescribedSpeakerBeforeARelativeClauseIsFoundForALaterPronoun() throws {
        let text = """
        Aid workers reached the town on Monday. One former resident now living in Lebanon whose family is still inside the town, said the rebels had stopped people leaving.
        "Everyone wanted to go," he said.
        """
        let graph = try extract(text)
        let resident = try #require(speaker(ofQuoteStartingWith: "Everyone wanted", in: graph))
        #expect(resident.hasPrefix("unnamed-"))
        #expect(graph.node(withID: resident)?.label.hasPrefix("One former resident") == true)
    }

    @Test func aDescribedSpeakerBeforeAnAsideBetweenCommasIsFoundForALaterPronoun() throws {
        let text = """
        The convoy waited at the crossing. Kerry spoke to Lavrov by telephone.
        A Red Crescent driver in Homs, who asked not to be named because she feared for her job, said the trucks had been turned back.
        "We have sat at this gate since dawn," she said.
        Talks resumed later. Lavrov met Kerry in Geneva.
        An engineer at the water station, reached by telephone, said the pumps had stopped.
        "There is no fuel left for the generators," he said.
        The front was quiet. Kerry met Lavrov again.
        A senior officer of a Syrian Democratic Forces unit in Manbij, who would not give his name, said the roads were mined.
        "Nobody drives after dark here," he said.
        """
        let graph = try extract(text)
        let driver = try #require(speaker(ofQuoteStartingWith: "We have sat", in: graph))
        #expect(graph.node(withID: driver)?.label.hasPrefix("A Red Crescent driver") == true)
        let engineer = try #require(speaker(ofQuoteStartingWith: "There is no fuel", in: graph))
        #expect(graph.node(withID: engineer)?.label.hasPrefix("An engineer") == true)
        let officer = try #require(speaker(ofQuoteStartingWith: "Nobody drives", in: graph))
        #expect(graph.node(withID: officer)?.label == "A senior officer of a Syrian Democratic Forces unit in Manbij")
    }

    @Test func aNamedBodyBeforeAnAsideIsNoDescribedPerson() throws {
        let graph = try extract("The strikes went on. The U.S.-led coalition, whose jets have struck the city for a year, said three civilians were killed.")
        #expect(!graph.nodes.contains { $0.id.hasPrefix("unnamed-") })
    }

    @Test func anAppositionToANamedGroupIsNoDescribedPerson() throws {
        let graph = try extract("Homs Voices, an activist group that reports from inside the city, said three civilians were killed.")
        #expect(!graph.nodes.contains { $0.id.hasPrefix("unnamed-") })
    }

    // MARK: - Organisations as speakers

    @Test func theGroupSaidInAStatementIsTheGroupLastNamedAsASubject() throws {
        let text = """
        Rami Nasser, a spokesman for Jaish al-Islam, said the front line had held.
        Jaish al-Islam, which is backed by Saudi Arabia, said it had repelled an attack by Hezbollah. "We will defend every street of Douma," the group said in a statement.
        """
        let graph = try extract(text)
        #expect(speaker(ofQuoteStartingWith: "We will defend", in: graph) == "jaish-al-islam")
    }

    @Test func aCoalitionStatementIsTheCoalitionNotItsLastSpokesman() throws {
        let text = """
        Colonel Mark Evans, a spokesman for the US-led coalition, said the strikes continued. "We are careful," he said.

        A coalition statement said the strikes were carried out "in full respect of the rules of war" and denied hitting a school.
        """
        let graph = try extract(text)
        #expect(speaker(ofQuoteStartingWith: "We are careful", in: graph) == "mark-evans")
        #expect(speaker(ofQuoteStartingWith: "in full respect", in: graph) == "us-led-coalition")
    }

    @Test func aGenericNounWithoutAFittingAntecedentNamesNoSpeaker() throws {
        let graph = try extract("\"Our fighters are holding the line,\" said the group, which is backed by Turkey.")
        #expect(!graph.edges.contains { $0.relation == .said })
    }

    // MARK: - Fragments of reported speech

    @Test func aFragmentOfThreeWordsAfterASpeakerAndVerbIsAStatementButTwoWordsAreNot() throws {
        let graph = try extract("Salma Idris, a nurse, said the clinic would \"stay open for weeks\" if fuel came. Her colleague said the ward would \"stay open\" too.")
        #expect(speaker(ofQuoteStartingWith: "stay open for weeks", in: graph) == "salma-idris")
        // One or two words in quotes are scare quotes (issue #3), even after a speaker and a verb.
        #expect(!graph.nodes.contains { $0.kind == .statement && $0.quote == "stay open" })
    }

    @Test func twoWordScareQuotesWithoutASpeakerAreNoStatements() throws {
        let graph = try extract("Salma Idris, a nurse, said the clinic had closed. The so-called \"safe corridors\" stayed empty. Residents called it a \"trap\".")
        #expect(!graph.nodes.contains { $0.kind == .statement })
    }

    // MARK: - Names, titles and descriptions of speakers

    @Test func aShortFormOfTwoWordsIsThePersonNamedBefore() throws {
        let graph = try extract("\"The roof came down,\" said Karim Haj Younes, a baker in the old market. "
            + "The bakery had never been hit before, Haj Younes said. \"We have flour for two days,\" said Abu Tarek al-Masri, a trader. "
            + "\"After that, nothing,\" said Abu Tarek.")
        #expect(speaker(ofQuoteStartingWith: "After that", in: graph) == "abu-tarek-al-masri")
        #expect(graph.node(withID: "haj-younes") == nil)
        #expect(graph.node(withID: "karim-haj-younes")?.aliases.contains("Haj Younes") == true)
    }

    @Test func anAbbreviatedTitleIsNeitherAPersonNorTheEndOfTheSpeaker() throws {
        let graph = try extract("\"The wards are full,\" said Dr. Nadia Khoury, a surgeon in the west of the city. "
            + "\"We hold the hill,\" said Gen. Fares Darwish.")
        #expect(speaker(ofQuoteStartingWith: "The wards are full", in: graph) == "nadia-khoury")
        #expect(speaker(ofQuoteStartingWith: "We hold the hill", in: graph) == "fares-darwish")
        #expect(graph.node(withID: "dr") == nil && graph.node(withID: "gen") == nil)
    }

    @Test func aDescribedSpeakerWhoGivesANameIsThatPerson() throws {
        let graph = try extract("\"We boil the water twice,\" said a pharmacist who asked to be identified only as Dr. Samir. "
            + "\"The bread ran out on Sunday,\" said a resident who gave his name as Abu Omar. "
            + "\"Nobody came to help us,\" said a woman named Hind Sabbagh.")
        #expect(speaker(ofQuoteStartingWith: "We boil", in: graph) == "samir")
        #expect(speaker(ofQuoteStartingWith: "The bread", in: graph) == "abu-omar")
        #expect(speaker(ofQuoteStartingWith: "Nobody came", in: graph) == "hind-sabbagh")
    }

    @Test func aSourceOfABodyQuotedIsAnUnnamedPersonOfIt() throws {
        let graph = try extract("The army pressed on. \"The area is now secured,\" a Syrian military source told state television. "
            + "\"We will not leave,\" one Hezbollah commander said.")
        let source = try #require(speaker(ofQuoteStartingWith: "The area", in: graph))
        #expect(source.hasPrefix("unnamed-") && graph.node(withID: source)?.category == .person)
        let commander = try #require(speaker(ofQuoteStartingWith: "We will not", in: graph))
        #expect(graph.edges.contains { $0.source == commander && $0.relation == .memberOf && $0.target == "hezbollah" })
        #expect(!graph.edges.contains { $0.source == commander && $0.relation == .leaderOf })
    }

    @Test func anUnnamedSourceOfReportedSpeechIsNoActor() throws {
        let graph = try extract("The airport remains cut off. A military source said the army would open a second corridor.")
        #expect(!graph.nodes.contains { $0.label.lowercased().contains("source") })
    }

    @Test func aLongAppositionWithAbbreviationsStillReachesTheSpeaker() throws {
        let graph = try extract("Aid was stalled. \"We do not have the green light we need,\" Jens Laerke, a spokesman for the U.N. Office "
            + "for the Coordination of Humanitarian Affairs, told reporters in Geneva.")
        #expect(speaker(ofQuoteStartingWith: "We do not have", in: graph) == "jens-laerke")
    }

    @Test func heOrSheBeforeJoinedVerbsIsTheSpeakerNotTheirObject() throws {
        let graph = try extract("Riad Hijab spoke in London. He blamed Washington for its passivity and said the opposition would not talk "
            + "\"while our people are being starved\". Ali Akbar Velayati, an adviser to Khamenei, praised the \"brave resistance fighters\" in Aleppo.")
        #expect(speaker(ofQuoteStartingWith: "while our people", in: graph) == "riad-hijab")
        #expect(speaker(ofQuoteStartingWith: "brave resistance", in: graph) == "ali-akbar-velayati")
    }

    @Test func accordingToLaterInTheSentenceNamesNoSpeakerBeforeIt() throws {
        let graph = try extract("Moscow's defence ministry spoke. Its spokesman, Igor Konashenkov, said the rebels had used the lull "
            + "\"to regroup and rearm\", and that Moscow would act according to events on the ground.")
        #expect(speaker(ofQuoteStartingWith: "to regroup", in: graph) == "igor-konashenkov")
    }

    @Test func theArmysGeneralCommandIsItsOwnBodyOfTheArmy() throws {
        let graph = try extract("The fighting ended. The army's general command said troops had \"restored security and stability\" to the city.")
        #expect(speaker(ofQuoteStartingWith: "restored security", in: graph) == "army-general-command")
        #expect(graph.has("army-general-command", .memberOf, "assad-forces"))
    }

    @Test func theSourceIsTheSourceDescribedBefore() throws {
        let graph = try extract("\"The area is now fully secured,\" a Syrian military source told state television. "
            + "The source said army units, backed by \"allied forces on the ground\" and the air force, had killed dozens.")
        let first = try #require(speaker(ofQuoteStartingWith: "The area", in: graph))
        #expect(speaker(ofQuoteStartingWith: "allied forces", in: graph) == first)
        #expect(graph.node(withID: first)?.mentions.contains { $0.text == "The source" } == true)
    }

    @Test func aJoinedVerbOrAContrastKeepsEachQuoteWithItsOwnSpeaker() throws {
        let graph = try extract("The council met. Samantha Power accused Russia of blocking the text to \"hold on to its military gains\" and said talks were a delay. "
            + "Matthew Rycroft said Russia had \"turned its back\" on the city, while Francois Delattre said it risked becoming \"the graveyard of the council\".")
        #expect(speaker(ofQuoteStartingWith: "hold on to", in: graph) == "samantha-power")
        #expect(speaker(ofQuoteStartingWith: "turned its back", in: graph) == "matthew-rycroft")
        #expect(speaker(ofQuoteStartingWith: "the graveyard", in: graph) == "francois-delattre")
    }

    @Test func anAbbreviatedTitleIsPartOfThePersonsMention() throws {
        let graph = try extract("\"We choose every day who to treat,\" said an anaesthetist who asked to be identified only as Dr. Hamid.")
        let hamid = try #require(speaker(ofQuoteStartingWith: "We choose", in: graph))
        #expect(graph.node(withID: hamid)?.mentions.contains { $0.text == "Dr. Hamid" } == true)
    }

    @Test func heRightBeforeAVerbIsThePersonItStandsFor() throws {
        let graph = try extract("The summit opened. Sergei Lavrov, speaking in Lima, where he met U.S. Secretary of State John Kerry, said Moscow would go on.")
        #expect(graph.has("sergei-lavrov", .negotiatesWith, "john-kerry") || graph.has("john-kerry", .negotiatesWith, "sergei-lavrov"))
        #expect(!graph.edges.contains { $0.relation == .negotiatesWith && ($0.target == "russia" || $0.target == "united-states") })
    }

    @Test func labelsOfReproachAccuse() throws {
        let graph = try extract("""
            date 2016-12-04
            Labels

            Jabhat Fateh al-Sham, the jihadist group that Moscow regards as a terrorist organisation, was left out of the talks.
            Damascus refers to all armed opposition fighters as terrorists. The truce might cover rebel groups Iran considers terrorists.
            Turkey shelled the YPG militia, which it regards as an extension of the PKK. Ankara does not regard Qatar as an enemy.
            Officials described the talks as useful.
            """)
        #expect(graph.has("russia", .accuses, "jabhat-fateh-al-sham"))
        #expect(graph.has("syrian-government", .accuses, "rebels"))
        #expect(graph.has("iran", .accuses, "rebels"))
        #expect(graph.has("turkey", .accuses, "ypg"))
        // Negated, or no word of reproach: no accusation.
        #expect(!graph.edges.contains { $0.relation == .accuses && $0.target == "qatar" })
        #expect(graph.edges.filter { $0.relation == .accuses }.count == 4)
    }

    @Test func wherePeopleSpeakFromAPlaceNamedByItsKind() throws {
        let graph = try extract("""
            date 2016-11-30
            Voices

            Talks went on. Yaman Kassab, speaking by telephone from the village of Qabasin, said the road was cut.
            Omar Haddad, reached in the town of Atareb, said the clinic had closed. Ahrar al-Sham, one of the largest rebel groups in Idlib, agreed.
            "We ate lentils for a year," said Karim Hamad, a schoolteacher in al-Joura, reached by phone.
            """)
        #expect(graph.has("yaman-kassab", .locatedIn, "qabasin"))
        #expect(graph.edges.contains { $0.source == "omar-haddad" && $0.relation == .locatedIn })
        #expect(graph.edges.contains { $0.source == "ahrar-al-sham" && $0.relation == .locatedIn })
        #expect(graph.has("ahrar-al-sham", .memberOf, "rebels"))
        // A place before "reached" stays a place.
        #expect(graph.node(withID: "al-joura")?.kind != .actor)
    }

    @Test func membersOfOfficesAndHeadsOfParts() throws {
        let graph = try extract("""
            date 2016-11-30
            Rifts

            Talks went on. Zakaria Malahifji, the head of Fastaqim's political office, said no.
            Yasser al-Youssef, a member of Zinki's political bureau, said yes. Stephen O'Brien, the U.N. humanitarian chief, spoke.
            Layla Aswad, an analyst at the Levant Policy Forum, agreed.
            "It will happen again," said Salem Hamwi, a spokesman for the opposition's High Negotiations Committee.
            """)
        #expect(graph.has("zakaria-malahifji", .memberOf, "fastaqim"))
        #expect(graph.has("yasser-al-youssef", .memberOf, "nour-al-din-al-zinki"))
        #expect(graph.has("stephen-obrien", .memberOf, "united-nations"))
        #expect(!graph.has("stephen-obrien", .leaderOf, "united-nations"))
        #expect(graph.has("layla-aswad", .memberOf, "levant-policy-forum"))
        #expect(graph.has("salem-hamwi", .spokespersonFor, "high-negotiations-committee"))
        #expect(!graph.has("salem-hamwi", .memberOf, "rebels"))
    }

    @Test func anOutletSpeaksThroughItsPiecesAndADescribedSpeakerAfterSaid() throws {
        let graph = try extract("""
            date 2016-12-17
            Media

            An editorial in Al-Watan, a Damascus daily close to the government, accused foreign channels of running "a factory of lies" for their sponsors.
            "We will not leave our homes," said a doctor in Hanano. "They are negotiating our exit," said the doctor.
            """)
        func speakers(of quote: String) -> [String] {
            let ids = graph.nodes.filter { $0.kind == .statement && ($0.quote ?? "").contains(quote) }.map(\.id)
            return graph.edges.filter { $0.relation == .said && ids.contains($0.target) }.map(\.source)
        }
        #expect(speakers(of: "a factory of lies") == ["al-watan"])
        let doctor = speakers(of: "We will not leave")
        #expect(doctor.count == 1)
        #expect(speakers(of: "negotiating our exit") == doctor)
    }

    @Test func aSourceQuotedByAnOutletIsTheSpeaker() throws {
        let graph = try extract("""
            date 2013-06-05
            Withdrawal

            A military source quoted by the official news agency SANA said army units had pulled back "to avoid casualties among civilians" in the town.
            """)
        let statement = try #require(graph.nodes.first { $0.kind == .statement })
        let speaker = try #require(graph.edges.first { $0.relation == .said && $0.target == statement.id }?.source)
        #expect(speaker != "sana")
        #expect(graph.node(withID: speaker)?.label == "A military source")
    }

    @Test func aRoleForABodyBeforeTheNameAndWhereALeaderSpoke() throws {
        let graph = try extract("""
            date 2016-08-24
            Incursion

            A spokesman for the YPG, Redur Xelil, denied the claim. Erdogan said in a televised speech in Ankara that the push would go on.
            A family fled to the Turkish city of Urfa. Residents of Aleppo waited.
            """)
        #expect(graph.has("redur-xelil", .spokespersonFor, "ypg"))
        #expect(graph.has("recep-tayyip-erdogan", .locatedIn, "ankara"))
        #expect(graph.has("urfa", .partOf, "turkey-country"))
        // Collective people at the start of a sentence keep their places.
        #expect(graph.has("civilians", .locatedIn, "aleppo"))
    }

    // MARK: - Surnames that are also place names

    @Test func aSurnameThatIsAlsoATownIsThePersonAfterASpeechVerb() throws {
        let graph = try extract("""
            date 2016-12-23
            Aleppo

            For four years Nora Kassab counted the shells that fell on her street.

            "I kept listening for the whistle," said Kassab, 51. Russia said Syrian air defences had intercepted most missiles.
            """)
        #expect(speaker(ofQuoteStartingWith: "I kept listening", in: graph) == "nora-kassab")
        #expect(!graph.nodes.contains { $0.id == "kessab" })
        #expect(!graph.nodes.contains { $0.label == "Syrian" && $0.category == .person })
    }

    @Test func aKnownSurnameStaysThePersonAndAnAgeMarksAName() throws {
        let graph = try extract("""
            date 2016-12-23
            Aleppo

            For four years Nora Kassab counted the shells. "I kept listening," said Kassab. Abu Fadi, a taxi driver, was angry. "It is over," he said.
            Kassab said she would stay. "We are tired," she said.

            Hanan Deeb, 34, left the Kalasa neighbourhood on Friday. "We were afraid of the planes," she said.
            """)
        #expect(speaker(ofQuoteStartingWith: "We are tired", in: graph) == "nora-kassab")
        #expect(!graph.nodes.contains { $0.id == "kessab" })
        #expect(speaker(ofQuoteStartingWith: "We were afraid", in: graph) == "hanan-deeb")
        #expect(graph.edges.contains { $0.source == "hanan-deeb" && $0.relation == .fleesFrom })
    }

    @Test func aPersonsNameWithoutItsTitleIsASurfaceForm() throws {
        let graph = try extract("""
            date 2016-12-13
            Calls

            Turkish President Tayyip Erdogan called Moscow on Tuesday.
            """)
        let erdogan = graph.nodes.first { $0.id == "recep-tayyip-erdogan" }
        #expect(erdogan?.aliases.contains("Tayyip Erdogan") == true)
    }

    @Test func newspapersOfTheRegionAndThePowersAreActors() throws {
        let graph = try extract("""
            date 2016-12-14
            Press review

            "The battle is over, the war is not," wrote Kommersant. Asharq al-Awsat blamed Tehran, while Le Monde condemned Moscow.
            """)
        #expect(speaker(ofQuoteStartingWith: "The battle is over", in: graph) == "kommersant")
        #expect(graph.nodes.contains { $0.id == "asharq-al-awsat" && $0.kind == .actor })
        #expect(graph.edges.contains { $0.source == "le-monde" && $0.relation == .condemns })
    }

    @Test func aNameThatStartsWithAGivenNameIsAPerson() throws {
        let graph = try extract("""
            date 2016-12-27
            Homs

            The family keeps its papers in a bag that never leaves Salwa Khaddour's lap. Omar Bin Abdulaziz hospital was hit twice.
            """)
        #expect(graph.nodes.contains { $0.id == "salwa-khaddour" && $0.category == .person })
        #expect(!graph.nodes.contains { $0.label.hasPrefix("Omar Bin") && $0.category == .person })
    }

    @Test func anOutletSpeaksThroughItsHeadlinesAndEditorials() throws {
        let graph = try extract("""
            date 2016-12-14
            Press review

            Le Monde ran an editorial under the headline "Aleppo, our shame of shames". Asharq al-Awsat blamed Tehran. "It is over and done," its editorial said. "He is fine, he always says so," she answers.
            """)
        #expect(speaker(ofQuoteStartingWith: "Aleppo, our shame", in: graph) == "le-monde")
        #expect(speaker(ofQuoteStartingWith: "It is over", in: graph) == "asharq-al-awsat")
    }

    @Test func anOutletSpeaksPastItsOwnerARelativeClauseAndAPersonItNames() throws {
        let graph = try extract("""
            date 2016-12-14
            Press review

            "The siege is over and the city belongs to its people again," declared Turkey's Yeni Safak on Wednesday. Al-Watan, which President Bashar al-Assad reads every morning, called the deal "a victory for the whole nation and its army". In Washington, the editorial page of The Washington Post accused President Barack Obama of watching the city burn "with folded arms and closed eyes". Kayhan printed a photograph that showed Qassem Soleimani among fighters in Aleppo, whom it called "defenders of the holy shrines". Al-Hayat ran a long analysis on Tuesday. It accused Russia and Iran of starving the city, and said the world had left its people "with nothing but a road out of town".
            """)
        #expect(speaker(ofQuoteStartingWith: "The siege is over", in: graph) == "yeni-safak")
        #expect(speaker(ofQuoteStartingWith: "a victory for the whole", in: graph) == "al-watan")
        #expect(speaker(ofQuoteStartingWith: "with folded arms", in: graph) == "washington-post")
        #expect(speaker(ofQuoteStartingWith: "defenders of the holy", in: graph) == "kayhan")
        #expect(speaker(ofQuoteStartingWith: "with nothing but", in: graph) == "al-hayat")
    }

    @Test func aPersonAfterAPossessiveOrARelativeClauseStillSpeaksWhenNoOutletIsNamed() throws {
        let graph = try extract("""
            date 2016-12-14
            Aleppo

            "We will not leave the city to the terrorists," said Russia's Sergei Lavrov on Wednesday. Kerry, who met Lavrov in Hamburg, called the talks "long, hard and not yet finished".
            """)
        #expect(speaker(ofQuoteStartingWith: "We will not leave", in: graph) == "sergei-lavrov")
        #expect(speaker(ofQuoteStartingWith: "long, hard", in: graph) == "john-kerry")
    }

    @Test func itAfterAnOpeningPhraseAndANameGivenByADescribedSpeaker() throws {
        let graph = try extract("""
            date 2016-12-14
            Aleppo

            The pro-government Al-Watan was more sober than the rest. Quoting officers at the front, it reported that the army meant to "take the last districts before the holidays".
            "Nobody here wants a corridor run by the Russians," a Free Syrian Army fighter in Azaz, who gave his name as Abu Karam, told us.
            The evening news was triumphant. "The city is free and the terrorists are on the buses," one presenter said.
            The Syrian government has publicly thanked "our brothers in Moscow and Tehran" for the victory.
            """)
        #expect(speaker(ofQuoteStartingWith: "take the last districts", in: graph) == "al-watan")
        #expect(speaker(ofQuoteStartingWith: "Nobody here wants", in: graph) == "abu-karam")
        let presenter = try #require(speaker(ofQuoteStartingWith: "The city is free", in: graph))
        #expect(graph.node(withID: presenter)?.label == "one presenter")
        #expect(speaker(ofQuoteStartingWith: "our brothers in Moscow", in: graph) == "syrian-government")
    }

    @Test func anOutletReportingAfterTheQuoteOnlyCarriesThePersonsWordsBeforeIt() throws {
        let graph = try extract("""
            date 2016-12-03
            Rome

            The two powers made rare progress on Saturday. Foreign Minister Sergei Lavrov met the envoys in Rome and said that Kerry had "come with ideas close to what our experts have long defended," the state news agency TASS reported.
            "The corridors stay open around the clock for those who want to leave," TASS reported on Sunday.
            """)
        #expect(speaker(ofQuoteStartingWith: "come with ideas", in: graph) == "sergei-lavrov")
        #expect(speaker(ofQuoteStartingWith: "The corridors stay open", in: graph) == "tass")
    }

    @Test func aNewSubjectAfterCommaAndOrAContrastAfterTheQuoteTakesTheWordsFromTheFirst() throws {
        let graph = try extract("""
            date 2018-04-14
            London

            The strikes came before dawn. Lavrov said the corridors were open, and the Syrian government said the rebels were "holding the civilians hostage in their own homes". Prime Minister Theresa May said there was "no other way to stop these attacks", while President Emmanuel Macron said the line had been crossed.
            """)
        #expect(speaker(ofQuoteStartingWith: "holding the civilians", in: graph) == "syrian-government")
        #expect(speaker(ofQuoteStartingWith: "no other way", in: graph) == "theresa-may")
    }

    @Test func aNounWithARelativeClauseAfterTheQuoteDescribesTheWordsNotTheSpeaker() throws {
        let graph = try extract("""
            date 2016-12-19
            New York

            The council voted on Monday. Russia's envoy, Vitaly Churkin, said the monitors would act "only with the consent of the government in Damascus", wording that Moscow had insisted on.
            "We cannot reach the wounded in the old quarter," a nurse who works at the clinic said.
            """)
        #expect(speaker(ofQuoteStartingWith: "only with the consent", in: graph) == "vitaly-churkin")
        let nurse = try #require(speaker(ofQuoteStartingWith: "We cannot reach", in: graph))
        #expect(graph.node(withID: nurse)?.label.hasPrefix("a nurse") == true)
    }

    @Test func aBodyInsideACompoundIsNoSpeaker() throws {
        let graph = try extract("""
            date 2016-12-23
            Damascus

            The papers celebrated on Friday. The pro-government Al-Watan printed a picture of the citadel under the headline "The flag flies over the whole city".
            """)
        #expect(speaker(ofQuoteStartingWith: "The flag flies", in: graph) == "al-watan")
    }

    @Test func aDescribedSpeakerEndsAtItsOwnVerbOfSpeech() throws {
        let graph = try extract("""
            date 2016-12-16
            Aleppo

            The convoy stopped at dawn. A commander in the pro-government alliance confirmed that the buses were held and said Ankara had "broken every promise it made to us".
            """)
        let commander = try #require(speaker(ofQuoteStartingWith: "broken every promise", in: graph))
        #expect(graph.node(withID: commander)?.label == "A commander in the pro-government alliance")
    }

    @Test func aReportedClauseOrAPassiveAfterTheQuoteNamesNoSpeaker() throws {
        let graph = try extract("""
            date 2016-12-21
            Moscow

            The ministers met on Tuesday. The ministry's spokeswoman, Maria Zakharova, told reporters that the text was "aimed at no one at all" and that Staffan de Mistura had been kept informed.
            Lavrov spoke briefly. The foreign minister said the talks were "only the first of many in the new year", a view Staffan de Mistura was told about on Monday.
            """)
        #expect(speaker(ofQuoteStartingWith: "aimed at no one", in: graph) == "maria-zakharova")
        #expect(speaker(ofQuoteStartingWith: "only the first of many", in: graph) != "staffan-de-mistura")
    }

    @Test func aNameAfterGaveIsNoSpeakerWithoutADescription() throws {
        let graph = try extract("The talks ran late. Kerry gave Lavrov a draft and said \"the text is ready for the ministers to sign\".")
        #expect(speaker(ofQuoteStartingWith: "the text is ready", in: graph) == "john-kerry")
    }

    // MARK: - Transcripts

    @Test func aGuestsTurnsInATranscriptAreStatementsButNotThePresentersOrCorrespondents() throws {
        let graph = try extract("""
            date 2016-12-02
            Evening bulletin

            PRESENTER (Helen Marsh): Good evening. With me are our correspondent Tom Aldridge and Julian Whitcombe, a senior fellow at the Levant Policy Institute.

            TOM ALDRIDGE: The army pushed into Sheikh Saeed this morning.

            JULIAN WHITCOMBE: Militarily, very little has changed, I am afraid.

            PRESENTER: Julian Whitcombe, thank you.

            CORRECTION: An earlier version misspelt a name.
            """)
        #expect(speaker(ofQuoteStartingWith: "Militarily, very little", in: graph) == "julian-whitcombe")
        #expect(speaker(ofQuoteStartingWith: "The army pushed", in: graph) == nil)
        #expect(speaker(ofQuoteStartingWith: "Good evening", in: graph) == nil)
        #expect(speaker(ofQuoteStartingWith: "An earlier version", in: graph) == nil)
    }

    @Test func theAnswersOfAnInterviewAreTheIntervieweesStatements() throws {
        let graph = try extract("""
            date 2016-11-22
            Interview

            Our reporter spoke by telephone to Dr Amal Haddad, a surgeon in eastern Aleppo.

            Q: What do you need most?

            A: Fuel for the generators, and blood. We have no more blood.
            """)
        #expect(speaker(ofQuoteStartingWith: "Fuel for the generators", in: graph) == "amal-haddad")
        #expect(speaker(ofQuoteStartingWith: "What do you need", in: graph) == nil)
    }

    @Test func anInterviewWithNamesInOrdinaryCaseGivesTheNamedPersonsAnswers() throws {
        let graph = try extract("""
            date 2016-11-30
            Interview

            Dr Lena Varga runs the field hospitals of a medical charity from an office in Kilis. We spoke to her on Sunday.

            Q: How many surgeons are left in the east?

            Varga: Perhaps a dozen, and they sleep in the operating rooms now.

            Dr Varga: We have asked for a pause of three days to move the wounded.

            Update: The charity later said two more clinics had closed.

            Moscow: The defence ministry said its planes had not flown there.
            """)
        #expect(speaker(ofQuoteStartingWith: "Perhaps a dozen", in: graph) == "lena-varga")
        #expect(speaker(ofQuoteStartingWith: "We have asked for a pause", in: graph) == "lena-varga")
        #expect(speaker(ofQuoteStartingWith: "How many surgeons", in: graph) == nil)
        #expect(speaker(ofQuoteStartingWith: "The charity later said", in: graph) == nil)
        #expect(speaker(ofQuoteStartingWith: "The defence ministry said", in: graph) == nil)
    }

    @Test func anUnattributedQuoteAfterAPersonsActionIsThatPersons() throws {
        let graph = try extract("""
            date 2016-12-27
            Homs

            Salwa Khaddour keeps the papers. "The first time, we thought it was for a week," she says. Her husband, Abu Yamen, a retired teacher, shakes his head. "Do not say that in front of the children."
            """)
        #expect(speaker(ofQuoteStartingWith: "The first time", in: graph) == "salwa-khaddour")
        #expect(speaker(ofQuoteStartingWith: "Do not say that", in: graph) == "abu-yamen")
    }

    @Test func itAndTheStatementStandForTheBodyNamedBeforeNotACompoundsModifier() throws {
        let graph = try extract("""
            date 2016-12-20
            Aleppo

            Doctors Without Borders issued a statement on Tuesday about those who came out of the last rebel-held districts. It said patients had wounds that were "more than a week old" and dirty. "Our teams are receiving people who were wounded long ago," the statement said.
            """)
        #expect(speaker(ofQuoteStartingWith: "more than a week", in: graph) == "msf")
        #expect(speaker(ofQuoteStartingWith: "Our teams are receiving", in: graph) == "msf")
    }
}
