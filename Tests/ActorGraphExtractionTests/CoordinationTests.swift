import ActorGraph
@testable import ActorGraphExtraction
import Testing

/// Lists of actors, adverbs inside verb phrases, descriptions before names and titles inside
/// names, with the bundled lexicon (sentences written for these tests).
@Suite("Coordination, adverbs and titles")
struct CoordinationTests {
    func extract(_ text: String) throws -> ActorGraph { try BundledLexicon.extract(text) }

    @Test func aListEndsAtTheCommaAfterItsLastConjunct() throws {
        let graph = try extract("The rebels, backed by Turkey and Qatar, fought Islamic State near al-Bab.")
        #expect(graph.has("turkey", .backs, "rebels"))
        #expect(graph.has("qatar", .backs, "rebels"))
        #expect(!graph.has("islamic-state", .backs, "rebels"))
        #expect(graph.has("rebels", .fights, "islamic-state"))
    }

    @Test func aLaterConjunctMayCarryADescription() throws {
        let graph = try extract("Government troops supported by Iraqi militias and the Lebanese group Hezbollah pushed into Hanano.")
        #expect(graph.has("hezbollah", .supports, "assad-forces"))
        #expect(graph.has("iraqi-militias", .supports, "assad-forces"))
        #expect(graph.node(withID: "lebanese-group") == nil)
    }

    @Test func aVerbInAListDoesNotExtendIt() throws {
        let graph = try extract("Government troops supported by Iraqi militias and Hezbollah advanced from the north into rebel-held districts.")
        #expect(graph.has("hezbollah", .supports, "assad-forces"))
        #expect(!graph.has("rebels", .supports, "assad-forces"))
    }

    @Test func aConjunctFollowedByAVerbStartsANewClause() throws {
        let graph = try extract("The regime bombed Hanano on Monday, and the army shelled Sakhour.")
        #expect(graph.has("assad-forces", .shells, "sakhour"))
        #expect(!graph.has("syrian-government", .attacks, "assad-forces"))
    }

    @Test func weaponNounsAreNotSubjects() throws {
        let graph = try extract("Dozens of civilians were killed, many of them by artillery fire on Bab al-Nairab.")
        #expect(!graph.edges.contains { $0.source == "civilians" && $0.relation.relationClass == .conflict })
    }

    @Test func partitivesStayInTheList() throws {
        let graph = try extract("Government forces hold the coast and most of southern Syria, including the capital, Damascus.")
        #expect(graph.has("assad-forces", .holds, "damascus"))
    }

    @Test func anAdverbInsideAVerbPhrase() throws {
        let graph = try extract("The Kurdish militias have clashed repeatedly with the rebels in the north of the city.")
        #expect(graph.has("kurdish-forces", .fights, "rebels"))
        // Clashes are between actors: the place where they happen is not fought.
        #expect(!graph.edges.contains { $0.source == "kurdish-forces" && $0.relation == .fights && $0.target != "rebels" })
    }

    @Test func titlesInsideAPersonsNameStillGiveTheAffiliation() throws {
        let graph = try extract("US Secretary of State John Kerry met Russian Foreign Minister Sergei Lavrov in Geneva.")
        #expect(graph.has("john-kerry", .memberOf, "united-states"))
        #expect(graph.has("sergei-lavrov", .memberOf, "russia"))
    }

    @Test func victimsAreNotAttackers() throws {
        let graph = try extract("Eight civilians died in raids on Bustan al-Qasr. Nine civilians were killed by rebel shelling.")
        #expect(!graph.edges.contains { $0.source == "civilians" && $0.relation.relationClass == .conflict })
        #expect(graph.has("rebels", .shells, "civilians"))
    }

    @Test func aGerundAfterAPrepositionIsStillAVerb() throws {
        let graph = try extract("Turkey is focused on negotiating with Russia over the ceasefire.")
        #expect(graph.has("turkey", .negotiatesWith, "russia"))
    }

    @Test func aNameThatContainsItsParentsNameStatesTheMembership() throws {
        let graph = try extract("The UN Security Council met as Syrian government forces advanced, and OCHA, the U.N. humanitarian office, appealed for access.")
        #expect(graph.has("un-security-council", .memberOf, "united-nations"))
        #expect(!graph.has("assad-forces", .memberOf, "syrian-government"))
    }

    @Test func theAntecedentOfASubjectRelativeIsTheSubject() throws {
        let graph = try extract("Only Idlib remains for the rebel groups that are still set on fighting Assad. Turkey, which has backed several rebel factions, closed the border.")
        #expect(graph.has("rebels", .fights, "bashar-al-assad"))
        #expect(graph.has("turkey", .backs, "rebels"))
    }

    @Test func losingGroundToSomeoneIsAFight() throws {
        #expect(try extract("Rebel fighters lost half of their ground to government forces in ten days.").has("assad-forces", .fights, "rebels"))
        #expect(try extract("The rebels did not lose any ground to the army.").edges.isEmpty)
    }

    @Test func aVerbAndItsParticleMayBeSplitByWhereFrom() throws {
        let graph = try extract("date 2016-11-28\nAdvance\n\nGovernment troops advanced from the south and west into the rebel-held areas of Aleppo.")
        #expect(graph.has("assad-forces", .advancesInto, "east-aleppo"))
    }

    @Test func thePatientOfAPassiveMayStandBeforeAnAside() throws {
        let graph = try extract("At least 40 civilians, including 9 children, have been killed by government bombardments.")
        #expect(graph.has("syrian-government", .attacks, "civilians"))
    }

    @Test func aDashBetweenClausesIsNoCompound() throws {
        #expect(try extract("The two powers disagree -- Russia backs the Syrian regime with warplanes.").has("russia", .backs, "syrian-government"))
    }

    @Test func aNationalityAndAHeadNounAloneAreNotANewGroup() throws {
        let graph = try extract("A Hezbollah commander said the Lebanese group had sent reinforcements to the city.")
        #expect(graph.node(withID: "lebanese-group") == nil)
    }

    @Test func aRepeatedPrepositionKeepsTheListGoing() throws {
        let graph = try extract("Russia has given air cover to the army, to Iranian-backed militias and to Lebanon's Hezbollah. "
            + "Government forces, backed by Russian jets and by Hezbollah fighters, sealed the road.")
        #expect(graph.has("russia", .supports, "assad-forces"))
        #expect(graph.has("russia", .supports, "hezbollah"))
        #expect(graph.has("hezbollah", .backs, "assad-forces"))
        #expect(graph.has("russia", .backs, "assad-forces"))
    }

    @Test func aStrikeOnAThingOnAPlaceStrikesThePlace() throws {
        let graph = try extract("Rebels had shelled a crossing point on the Castello road. Russia vetoed several resolutions on Syria.")
        #expect(graph.has("rebels", .shells, "castello-road"))
        #expect(!graph.edges.contains { $0.source == "russia" && $0.target.hasPrefix("syria") })
    }

    @Test func pressingIntoAPlaceAdvancesIntoIt() throws {
        let graph = try extract("Government forces pressed into Sakhour from the north while rebels were fighting their way toward Hamdaniyeh.")
        #expect(graph.has("assad-forces", .advancesInto, "sakhour"))
    }

    @Test func fightingInAPlaceIsAnAttackOnItNotAFightWithIt() throws {
        let graph = try extract("Government forces were fighting in the Bab al-Hadid area on Sunday.")
        #expect(!graph.edges.contains { $0.relation == .fights })
        #expect(graph.edges.contains { $0.source == "assad-forces" && $0.relation == .attacks })
    }
}

/// Areas named only by who holds them, read through the lexicon's `heldBy` (sentences written for
/// these tests).
@Suite("Areas named by who holds them")
struct HeldAreaTests {
    func extract(_ text: String) throws -> ActorGraph { try CoordinationTests().extract(text) }

    @Test func governmentAndRebelHeldAreasOfADividedCity() throws {
        let graph = try extract("date 2016-12-02\nFlight\n\nShelling continued in Aleppo. Thousands fled from rebel-held areas of the city into government-held neighbourhoods.")
        #expect(graph.has("civilians", .fleesFrom, "east-aleppo"))
        #expect(graph.has("civilians", .fleesTo, "west-aleppo"))
        #expect(graph.has("rebels", .holds, "east-aleppo"))
    }

    @Test func theLexiconsDatesDecide() throws {
        // After the evacuation the government held the whole city: no part is "government-held" any more.
        let graph = try extract("date 2017-03-01\nReturn\n\nIn Aleppo, families returned to government-held districts.")
        #expect(graph.node(withID: "west-aleppo") == nil)
    }

    @Test func anotherNounPhraseIsThePatientOfAPassive() throws {
        let graph = try extract("date 2016-12-02\nFlight\n\nIn Aleppo, families fled to government-held districts or to a small quarter held by Kurdish militants.")
        #expect(!graph.has("kurdish-forces", .holds, "west-aleppo"))
        #expect(graph.has("civilians", .fleesTo, "west-aleppo"))
    }

    @Test func flightOutOfAndDeeperIntoTheHeldPartOfADividedCity() throws {
        let graph = try extract("""
            date 2016-11-28
            Flight

            Shelling continued in Aleppo. Thousands of residents streamed out of Hanano on foot. Rebels abandoned Sakhour during the night.
            Hundreds of families moved deeper into the rebel-held south-east.
            """)
        #expect(graph.has("civilians", .fleesFrom, "masaken-hanano"))
        #expect(graph.has("rebels", .fleesFrom, "sakhour"))
        #expect(graph.has("civilians", .fleesTo, "southeast-aleppo"))
        #expect(graph.has("rebels", .holds, "southeast-aleppo"))
    }

    @Test func aNewReportedClauseAndAPossessorsPrepositionEndTheObject() throws {
        let graph = try extract("""
            date 2016-11-30
            Council

            Fighting raged in Aleppo. The envoy said rebel fighters were shelling the western neighbourhoods, and that Russia and the Syrian army had opened corridors.
            Erdogan needs Moscow's consent to push into al-Bab.
            Umm Salma, who fled Aleppo's al-Sakhour district two years ago, lives in Kilis.
            """)
        #expect(graph.has("rebels", .shells, "west-aleppo"))
        #expect(!graph.edges.contains { $0.source == "rebels" && ($0.target == "russia" || $0.target == "assad-forces") })
        #expect(!graph.edges.contains { $0.source == "russia" && $0.relation == .advancesInto })
        #expect(graph.edges.contains { $0.relation == .fleesFrom && $0.target == "sakhour" })
        #expect(!graph.edges.contains { $0.relation == .fleesFrom && $0.target == "aleppo" })
    }

    @Test func theAgentOfAParticipleBeforeTheVerbIsNotItsSubject() throws {
        let graph = try extract("""
            date 2016-11-25
            Fronts

            Fighting raged in Aleppo. An alliance of Shia militias organised and paid by Iran's Revolutionary Guards attacked Sheikh Saeed.
            Rockets fired by rebel groups struck Sheikh Maqsoud. Turkish forces and the rebels they support took Dabiq.
            """)
        #expect(graph.has("pro-government-militias", .attacks, "sheikh-saeed"))
        #expect(!graph.edges.contains { $0.source == "irgc" && $0.relation == .attacks })
        // A weapon's agent is the attacker.
        #expect(graph.edges.contains { $0.source == "rebels" && $0.target == "sheikh-maksoud" && ($0.relation == .attacks || $0.relation == .shells) })
        #expect(graph.has("turkish-military", .supports, "rebels"))
    }

    @Test func placesOnTheEdgeOfAnotherAndTheEnclave() throws {
        let graph = try extract("""
            date 2016-11-05
            Edges

            Troops pushed into eastern Aleppo. Sheikh Saeed, a district on the southern rim of the enclave, fell.
            Shells hit the districts of Minyan and Dahiyet al-Assad on the western edge of Aleppo.
            """)
        #expect(graph.has("sheikh-saeed", .partOf, "east-aleppo"))
        #expect(graph.has("minyan", .partOf, "aleppo"))
        #expect(graph.has("dahiyet-al-assad", .partOf, "aleppo"))
        #expect(graph.node(withID: "east-aleppo")?.mentions.contains { $0.text == "the enclave" } == true)
    }

    @Test func theOneWhoseActIsJudgedAndAgreementsNamedAfterAPlace() throws {
        let graph = try extract("""
            date 2017-04-07
            Strike

            Iran denounced Washington's action. Turkey and Israel welcomed the U.S. action. The European Union welcomed the Moscow agreement.
            Refugees fled to the Turkish border town of Suruc.
            """)
        #expect(graph.has("iran", .condemns, "united-states"))
        #expect(graph.has("turkey", .supports, "united-states"))
        #expect(graph.has("israel", .supports, "united-states"))
        #expect(!graph.edges.contains { $0.source == "european-union" && $0.target == "russia" })
        #expect(graph.has("suruc", .partOf, "turkey-country"))
    }

    @Test func nounsThatLookLikeVerbsAndWhoSaysIsNotWhoDid() throws {
        let graph = try extract("""
            date 2017-04-08
            Raids

            Coalition jets struck Islamic State targets in Syria and Iraq. Syrian warplanes had again taken off from Shayrat.
            The concert showcased Moscow's air campaign in Syria, which Western governments say has mostly targeted mainstream rebels.
            """)
        #expect(!graph.edges.contains { $0.source == "islamic-state" && $0.relation == .attacks })
        #expect(!graph.edges.contains { $0.relation == .captures })
        #expect(!graph.edges.contains { $0.source == "western-powers" && $0.relation == .attacks })
    }

    @Test func aPatientNamedByAPlainNounAndPlacesOpposeNoOne() throws {
        let graph = try extract("""
            date 2016-11-01
            Alliance

            The rebel alliance includes Jabhat Fateh al-Sham as well as factions armed by Turkey and the United States.
            The Syrian Democratic Forces, an alliance of Kurdish and Arab militias backed by U.S.-led coalition air power, took Manbij.
            Rebels have rejected repeated offers from Damascus and Moscow.
            """)
        #expect(!graph.edges.contains { $0.target == "jabhat-fateh-al-sham" && ($0.relation == .supports || $0.relation == .backs) })
        #expect(graph.has("us-led-coalition", .backs, "sdf"))
        #expect(!graph.edges.contains { $0.relation == .opposes && graph.node(withID: $0.target)?.kind == .place })
    }

    @Test func bothAfterTheSubjectsOnlyStressesThem() throws {
        let graph = try extract("date 2016-12-19\nBackers\n\nRussia and Iran both accuse Saudi Arabia of arming the rebels.")
        #expect(graph.has("russia", .accuses, "saudi-arabia"))
        #expect(graph.has("iran", .accuses, "saudi-arabia"))
        // What someone is accused of is a claim, not a fact of the graph.
        #expect(!graph.edges.contains { $0.source == "saudi-arabia" && $0.target == "rebels" })
    }

    @Test func aDistrictOnTheOutskirtsAndACountrysThirdCity() throws {
        let graph = try extract("""
            date 2016-11-02
            Outskirts

            Rebels held the Sakhour district on the western outskirts of Aleppo. Homs, Syria's third-largest city, was calm.
            """)
        #expect(graph.has("sakhour", .partOf, "aleppo"))
        #expect(graph.has("homs", .partOf, "syria"))
    }

    @Test func armedMenCrossingIntoAPlaceAdvanceAndTheirAlliesShareTheVerb() throws {
        let graph = try extract("""
            date 2018-01-21
            Afrin

            Turkish troops and their Syrian rebel allies crossed into Afrin. Thousands of civilians crossed into Turkey.
            """)
        #expect(graph.has("turkish-military", .advancesInto, "afrin"))
        #expect(graph.has("rebels", .advancesInto, "afrin"))
        #expect(!graph.edges.contains { $0.relation == .fleesTo && $0.target == "afrin" })
        #expect(graph.has("civilians", .fleesTo, "turkey-country"))
    }

    @Test func aParticipleWithThemContinuesTheClauseAndAMonitorWorksFromAPlace() throws {
        let graph = try extract("""
            date 2014-05-07
            Homs

            Government forces have besieged the Old City neighbourhoods of Hamidiyeh and Bab Hood since mid-2012, shelling them almost daily.
            The Syrian Observatory for Human Rights, which monitors the war from Britain, gave a toll.
            """)
        #expect(graph.has("assad-forces", .shells, "hamidiyeh"))
        #expect(graph.has("assad-forces", .shells, "bab-hood"))
        #expect(graph.has("sohr", .locatedIn, "united-kingdom-country"))
    }

    @Test func anUnknownNameWeaponsAreFiredAtIsAPlace() throws {
        let graph = try extract("date 2013-06-02\nBorder\n\nRebel gunners fired rockets at Qasr Hamid. They also fired rockets at Hezbollah strongholds.")
        #expect(graph.has("rebels", .shells, "qasr-hamid"))
        #expect(graph.node(withID: "qasr-hamid")?.kind == .place)
    }
}

