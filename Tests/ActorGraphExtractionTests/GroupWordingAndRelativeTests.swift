import ActorGraph
@testable import ActorGraphExtraction
import Testing

/// Object relatives after an apposition of places, membership stated by a banner or by
/// "include", persons and lists in appositions, with the bundled lexicon (sentences written for
/// these tests).
@Suite("Relatives after appositions, banners, inclusions and apposed agents")
struct GroupWordingAndRelativeTests {
    func extract(_ text: String) throws -> ActorGraph { try BundledLexicon.extract(text) }

    @Test func anAppositionOfPlacesIsTheObjectOfItsRelative() throws {
        let graph = try extract("The weather was cold. Aid reached Saraqeb and Maarat al-Numan, two towns that the rebels seized in 2012. "
            + "Convoys left Sheikh Fares and Bustan al-Basha, two districts that rebels had abandoned overnight.")
        #expect(graph.has("rebels", .captures, "saraqeb"))
        #expect(graph.has("rebels", .captures, "maarat-al-numan"))
        #expect(graph.has("rebels", .fleesFrom, "sheikh-fares"))
        #expect(graph.has("rebels", .fleesFrom, "bustan-al-basha"))
    }

    @Test func aCopulaOrNoPronounMayIntroduceTheRelative() throws {
        let graph = try extract("The weather was cold. Madaya and Zabadani are two towns that Hezbollah and government forces have besieged since 2015. "
            + "Turkish troops moved toward al-Bab, the last big town Islamic State holds.")
        #expect(graph.has("hezbollah", .besieges, "madaya"))
        #expect(graph.has("assad-forces", .besieges, "zabadani"))
        // The subjects of the relative besiege the towns, not each other.
        #expect(!graph.has("hezbollah", .besieges, "assad-forces"))
        #expect(!graph.has("assad-forces", .besieges, "hezbollah"))
        #expect(graph.has("islamic-state", .holds, "al-bab"))
    }

    @Test func aRelativeAfterAnActorsAppositionTakesNoPlace() throws {
        // The apposition describes a group, not the place before it.
        let graph = try extract("The weather was cold. Fighters reached Saraqeb, a town that Jaish al-Fatah captured, "
            + "and met Ahrar al-Sham, the group that government forces attacked.")
        #expect(graph.has("jaish-al-fatah", .captures, "saraqeb"))
        #expect(!graph.edges.contains { $0.source == "assad-forces" && $0.relation == .attacks && $0.target == "saraqeb" })
    }

    @Test func groupsUnderABannerAreItsMembers() throws {
        let graph = try extract("The weather was cold. Factions that fight under the Free Syrian Army banner, among them the Levant Front and Faylaq al-Sham, rejected the plan. "
            + "The Hamza Division, which operates under the banner of the Free Syrian Army, denied the report.")
        #expect(graph.has("levant-front", .memberOf, "free-syrian-army"))
        #expect(graph.has("faylaq-al-sham", .memberOf, "free-syrian-army"))
        #expect(graph.has("hamza-division", .memberOf, "free-syrian-army"))
    }

    @Test func aNationalFlagOrANegatedBannerMakesNoMember() throws {
        let graph = try extract("The weather was cold. The Levant Front raised the national flag over the square. "
            + "Ahrar al-Sham does not fly the Free Syrian Army flag.")
        #expect(!graph.edges.contains { $0.relation == .memberOf && $0.source == "levant-front" })
        #expect(!graph.has("ahrar-al-sham", .memberOf, "free-syrian-army"))
    }

    @Test func theNamedGroupsAnAllianceIncludesAreItsMembers() throws {
        let graph = try extract("The weather was cold. Jaish al-Fatah, which includes Ahrar al-Sham and Jund al-Aqsa, seized Idlib in 2015.")
        #expect(graph.has("ahrar-al-sham", .memberOf, "jaish-al-fatah"))
        #expect(graph.has("jund-al-aqsa", .memberOf, "jaish-al-fatah"))
    }

    @Test func whatIsNotIncludedOrNoGroupIncludesMakesNoMember() throws {
        let graph = try extract("The weather was cold. Jaish al-Fatah does not include Jund al-Aqsa. The talks in Astana included Russia and Turkey. "
            + "The truce includes Ahrar al-Sham.")
        #expect(!graph.has("jund-al-aqsa", .memberOf, "jaish-al-fatah"))
        #expect(!graph.edges.contains { $0.relation == .memberOf && ($0.source == "russia" || $0.source == "ahrar-al-sham") })
    }

    @Test func aPersonApposedToARoleIsTheSubject() throws {
        let graph = try extract("The weather was cold. Britain's ambassador to the United Nations, Matthew Rycroft, accused Russia of blocking aid. "
            + "The U.S. ambassador, Samantha Power, condemned Iran.")
        #expect(graph.has("matthew-rycroft", .accuses, "russia"))
        #expect(graph.has("samantha-power", .condemns, "iran"))
        // Neither the role's owner nor the body after it did it.
        #expect(!graph.edges.contains { $0.relation == .accuses && $0.target == "russia" && $0.source != "matthew-rycroft" })
        #expect(!graph.has("united-states", .condemns, "iran"))
    }

    @Test func aNonPersonBetweenCommasIsNoSubject() throws {
        // A body between the commas is an aside: the one before it acts.
        let graph = try extract("The weather was cold. Russia, Iran's ally, condemned the strike on Idlib.")
        #expect(!graph.edges.contains { $0.relation == .condemns && $0.source == "iran" })
    }

    @Test func aCounterpartIsAMemberOfTheStateItsAdjectiveNames() throws {
        let graph = try extract("The weather was cold. Kerry met his Russian counterpart, Sergei Lavrov, in Geneva.")
        #expect(graph.edges.contains { $0.relation == .memberOf && $0.source.contains("lavrov") && $0.target == "russia" })
    }

    @Test func aPluralAgentNounInAnAppositionDescribesTheWholeList() throws {
        let graph = try extract("The weather was cold. Saudi Arabia, Turkey and Qatar, the main foreign backers of Ahrar al-Sham, condemned the raid. "
            + "Turkey and Qatar have been among Jaish al-Fatah's main backers.")
        #expect(graph.has("saudi-arabia", .backs, "ahrar-al-sham"))
        #expect(graph.has("turkey", .backs, "ahrar-al-sham"))
        #expect(graph.has("qatar", .backs, "ahrar-al-sham"))
        #expect(graph.has("turkey", .backs, "jaish-al-fatah"))
        #expect(graph.has("qatar", .backs, "jaish-al-fatah"))
    }

    @Test func aSingularAgentNounDescribesOnlyTheLastOfAList() throws {
        let graph = try extract("The weather was cold. Jordan and Qatar, a backer of Ahrar al-Sham, met on Monday.")
        #expect(graph.has("qatar", .backs, "ahrar-al-sham"))
        #expect(!graph.edges.contains { $0.source == "jordan" && $0.target == "ahrar-al-sham" })
    }

    @Test func aSpeakerIsWhereHeSaidOrToldAnOutletSomething() throws {
        let graph = try extract("The weather was cold. Staffan de Mistura, the U.N. special envoy for Syria, said in Geneva that talks would resume. "
            + "\"We will stay,\" Zakaria Malahifji told Reuters from Turkey.")
        #expect(graph.has("staffan-de-mistura", .locatedIn, "geneva"))
        #expect(graph.edges.contains { $0.source == "zakaria-malahifji" && $0.relation == .locatedIn && $0.target.hasPrefix("turkey") })
    }

    @Test func aPlaceAfterANumberIsPartOfWhatWasSaid() throws {
        let graph = try extract("The weather was cold. Jan Egeland, the U.N. humanitarian adviser, said about 100 staff in Aleppo could leave.")
        #expect(!graph.edges.contains { $0.source == "jan-egeland" && $0.relation == .locatedIn })
    }

    @Test func aDistrictInADirectionOfACityOrNamedByItsPossessiveIsPartOfIt() throws {
        let graph = try extract("The weather was cold in Damascus. Jets struck the Barzeh district in the north of the city on Monday. "
            + "Shells fell on Aleppo's al-Sakhour district.")
        #expect(graph.has("barzeh", .partOf, "damascus"))
        #expect(graph.has("sakhour", .partOf, "aleppo"))
    }

    @Test func aTownNamedByAPronounOwnsNoDistrict() throws {
        // "the town's" stands for a town the resolver may get wrong, and the districts are unnamed.
        let graph = try extract("The weather was cold in Ras al-Ain. Fighting went on in the town's eastern districts until Saturday.")
        #expect(!graph.edges.contains { $0.relation == .partOf && $0.target == "ras-al-ain" })
    }

    @Test func aPlaceAfterAPrepositionIsThePatientOfItsOwnRelative() throws {
        let graph = try extract("The weather was cold. Jets struck a market in Idlib province, which is held by rebel factions. "
            + "Aid reached Fua and Kefraya in Idlib province, which are surrounded by Jaish al-Fatah.")
        #expect(graph.edges.contains { $0.source == "rebels" && $0.relation == .holds && $0.target.hasPrefix("idlib") })
        #expect(graph.has("jaish-al-fatah", .besieges, "foua"))
        #expect(graph.has("jaish-al-fatah", .besieges, "kefraya"))
        // The plural verb names the towns, not the province.
        #expect(!graph.edges.contains { $0.source == "jaish-al-fatah" && $0.relation == .besieges && $0.target.hasPrefix("idlib") })
    }

    @Test func aPlaceAfterAPrepositionWithoutARelativeIsNoPatient() throws {
        let graph = try extract("The weather was cold. Civilians sheltered in an enclave in Aleppo held by rebel factions.")
        #expect(!graph.edges.contains { $0.source == "rebels" && $0.relation == .holds && $0.target == "aleppo" })
    }

    @Test func anAppositionPutsADistrictInTheSectionItNames() throws {
        // "the north of Aleppo" is one mention from its "the": the apposition's parent place.
        let graph = try extract("The weather was cold. Sheikh Maqsoud, a hilltop district in the north of Aleppo, was quiet.")
        #expect(graph.edges.contains { $0.source == "sheikh-maksoud" && $0.relation == .partOf && $0.target.contains("aleppo") })
    }
}
