import ActorGraph
@testable import ActorGraphExtraction
import Testing

@Suite("Leadership verbs, object relatives and owners before 'and its'")
struct LeadershipAndRelativeClauseTests {
    func extract(_ text: String) throws -> ActorGraph { try BundledLexicon.extract(text) }

    @Test func groupsThatLeadACoalitionAreItsLeaders() throws {
        let graph = try extract("""
            date 2016-12-02
            Idlib

            In Idlib, Ahrar al-Sham and Jabhat Fateh al-Sham lead Jaish al-Fatah. Abu Abdelrahman Nour, who until last week led the Levant Front, spoke.
            """)
        #expect(graph.has("ahrar-al-sham", .leaderOf, "jaish-al-fatah"))
        #expect(graph.has("jabhat-fateh-al-sham", .leaderOf, "jaish-al-fatah"))
        #expect(graph.edges.contains { $0.relation == .leaderOf && $0.target == "levant-front" })
    }

    @Test func aBodyNamedAsAModifierIsNotTheOneLed() throws {
        let graph = try extract("""
            date 2016-12-02
            Geneva

            Jan Egeland, who chairs the UN humanitarian task force, spoke. Robert Mood, who leads the U.N. Supervision Mission in Syria, spoke too.
            """)
        #expect(!graph.edges.contains { $0.relation == .leaderOf && $0.target == "united-nations" })
    }

    @Test func aPlaceTheSubjectAbandonedMayComeBeforeIt() throws {
        let graph = try extract("""
            date 2016-12-07
            Aleppo

            Troops moved into Bustan al-Basha, which the rebels had abandoned, and into the Old City, which the rebels abandoned overnight.
            """)
        #expect(graph.has("rebels", .fleesFrom, "bustan-al-basha"))
        #expect(graph.edges.contains { $0.source == "rebels" && $0.relation == .fleesFrom && $0.target.contains("old-city") })
    }

    @Test func namesAfterAnAllyNounBelongToTheActorBeforeAndIts() throws {
        let graph = try extract("""
            date 2016-11-22
            Diplomacy

            Syria's government and its ally Russia rejected the report. The regime and its main backers, Iran and Hezbollah, stayed silent.
            """)
        #expect(graph.has("russia", .alliedWith, "syrian-government"))
        #expect(graph.has("iran", .backs, "syrian-government"))
        #expect(graph.has("hezbollah", .backs, "syrian-government"))
    }

    @Test func aPersonOfAnAcronymedBodyIsItsMember() throws {
        let graph = try extract("""
            date 2016-11-22
            Geneva

            Jens Laerke of OCHA told reporters that the convoys were waiting.
            """)
        #expect(graph.edges.contains { $0.relation == .memberOf && $0.target == "ocha" && $0.source.contains("laerke") })
    }

    @Test func twoLeadersWhoSpokeByTelephoneNegotiated() throws {
        let graph = try extract("""
            date 2016-12-14
            Calls

            Turkish President Tayyip Erdogan and Russian President Vladimir Putin spoke by telephone twice on Tuesday.
            """)
        #expect(graph.has("recep-tayyip-erdogan", .negotiatesWith, "vladimir-putin"))
    }

    @Test func anAdverbMayStandBeforeThePassiveAgent() throws {
        let graph = try extract("""
            date 2016-12-21
            Idlib

            Idlib province, held mostly by the Jaish al-Fatah alliance, took in the evacuees.
            """)
        #expect(graph.edges.contains { $0.source == "jaish-al-fatah" && $0.relation == .holds && $0.target.hasPrefix("idlib") })
    }

    @Test func displacedPeopleFromAPlaceFledIt() throws {
        let graph = try extract("""
            date 2016-12-21
            Camps

            The camp already shelters refugees from Homs and Hama. Residents from Aleppo visited them.
            """)
        #expect(graph.has("civilians", .fleesFrom, "homs"))
        #expect(graph.has("civilians", .fleesFrom, "hama"))
        #expect(!graph.edges.contains { $0.relation == .fleesFrom && $0.target == "aleppo" })
    }

    @Test func aRoleWithComplementsMayIntroduceAName() throws {
        let graph = try extract("""
            date 2016-12-15
            Evacuation

            The ICRC's head of delegation in Syria, Marianne Gasser, said the buses had left. Jan Egeland, the U.N.'s humanitarian adviser, agreed.
            """)
        #expect(graph.edges.contains { $0.source.contains("gasser") && $0.relation == .memberOf && $0.target == "icrc" })
        #expect(!graph.nodes.contains { $0.id.contains("gasser") && $0.kind == .place })
        #expect(graph.edges.contains { $0.source.contains("egeland") && $0.relation == .memberOf && $0.target == "united-nations" })
    }

    @Test func aPlaceBeforeAnObjectRelativeIsWhatItsSubjectTookOrHolds() throws {
        let graph = try extract("""
            date 2016-11-28
            Aleppo

            Troops entered Hanano, which the rebels captured in 2012. Mortars fell on Hamdaniyeh, which the government holds.
            """)
        #expect(graph.has("rebels", .captures, "masaken-hanano"))
        #expect(graph.has("syrian-government", .holds, "hamdaniyeh"))
    }

    @Test func aRelativeAboutAnotherNounOrAReportedClauseIsNoObjectRelative() throws {
        let graph = try extract("""
            date 2016-11-28
            Aleppo

            A general told reporters in Moscow that rebels had shelled a crossing on the Castello road. Troops held out in a school on the edge of Hanano, which rebels have surrounded.
            """)
        #expect(!graph.edges.contains { $0.relation == .shells && $0.target == "moscow" })
        #expect(!graph.edges.contains { $0.relation == .besieges && $0.target == "masaken-hanano" })
    }

    @Test func thatAfterAGroupOpensASubjectRelative() throws {
        let graph = try extract("""
            date 2016-12-02
            Idlib

            Jaish al-Fatah, the coalition that holds almost all of Idlib province, refused. It is the YPG that holds Afrin.
            """)
        #expect(graph.edges.contains { $0.source == "jaish-al-fatah" && $0.relation == .holds && $0.target.hasPrefix("idlib") })
        #expect(graph.has("ypg", .holds, "afrin"))
    }

    @Test func aTextPutForwardBySeveralActorsIsTheirJointWork() throws {
        let graph = try extract("""
            date 2016-12-05
            Security Council

            Russia vetoed a draft put forward by Egypt, New Zealand and Spain. A proposal by France and Britain failed too. Russia put forward a plan of its own.
            """)
        #expect(graph.has("egypt", .cooperatesWith, "spain"))
        #expect(graph.has("egypt", .cooperatesWith, "new-zealand"))
        #expect(graph.has("france", .cooperatesWith, "united-kingdom"))
        #expect(!graph.edges.contains { $0.relation == .cooperatesWith && $0.source == "russia" })
    }

    @Test func aSymmetricFactIsStatedOnceTheWayItWasFirstFound() throws {
        let graph = try extract("""
            date 2016-12-14
            Calls

            Erdogan and Putin spoke by telephone on Tuesday. On Wednesday Putin spoke by telephone with Erdogan again.
            """)
        let contacts = graph.edges.filter { $0.relation == .negotiatesWith }
        #expect(contacts.count == 1)
        #expect(contacts.first?.source == "recep-tayyip-erdogan")
        #expect(contacts.first?.weight == 2)   // two sentences state it
    }

    @Test func aNewSubjectAfterAndEndsAMovementsDestinations() throws {
        let graph = try extract("""
            date 2016-11-28
            Aleppo

            Thousands of civilians fled the shelling and opposition fighters fell back into Sheikh Saeed.
            """)
        #expect(graph.has("rebels", .fleesTo, "sheikh-saeed"))
        #expect(!graph.edges.contains { $0.source == "civilians" && $0.target == "sheikh-saeed" })
    }

    @Test func theyAfterFightersNamedLaterIsNotTheGroupBefore() throws {
        let graph = try extract("""
            date 2016-11-28
            Aleppo

            The Observatory said troops had taken Sakhour, two days after they stormed Masaken Hanano. The rebels said that they had stormed Bustan al-Basha.
            """)
        #expect(!graph.edges.contains { $0.source == "sohr" && $0.relation == .advancesInto })
        #expect(graph.has("rebels", .advancesInto, "bustan-al-basha"))
    }

    @Test func aPlacePutFirstLocatesAPersonAfterARoleApposition() throws {
        let graph = try extract("""
            date 2016-12-13
            Reactions

            In Moscow, the Russian defence minister, Sergei Shoigu, told officers the operation had begun. Speaking in Paris, the French foreign minister, Jean-Marc Ayrault, asked for a meeting.
            """)
        #expect(graph.has("sergei-shoigu", .locatedIn, "moscow"))
        #expect(graph.edges.contains { $0.source.contains("ayrault") && $0.relation == .locatedIn && $0.target == "paris" })
    }

    @Test func aPersonOfABodyMayHaveACommaBeforeOf() throws {
        let graph = try extract("""
            date 2016-12-13
            Aleppo

            Yasser al-Youssef, of the Nour al-Din al-Zinki movement, said the talks had failed.
            """)
        #expect(graph.edges.contains { $0.source.contains("youssef") && $0.relation == .memberOf && $0.target == "nour-al-din-al-zinki" })
    }

    @Test func aProCompoundMakesItsHeadASupporter() throws {
        let graph = try extract("""
            date 2016-12-14
            Press

            The pro-government daily Al-Watan condemned Turkey. Turkey's Yeni Safak, a pro-government daily, condemned the YPG. The pro-opposition weekly Enab Baladi condemned Russia. A pro-Assad militia shelled Hanano.
            """)
        #expect(graph.has("al-watan", .supports, "syrian-government"))
        #expect(graph.has("yeni-safak", .supports, "turkey"))
        #expect(graph.has("enab-baladi", .supports, "rebels"))
        #expect(!graph.edges.contains { $0.source == "bashar-al-assad" && $0.relation == .shells })
    }

    @Test func researchBodiesAndTownsOfAProvince() throws {
        let graph = try extract("""
            date 2016-12-08
            Profile

            Lina Sabbagh, a researcher at the Istanbul-based Marmara Centre for Middle East Studies, said the new leader comes from the Idlib town of Taftanaz.
            """)
        #expect(graph.edges.contains { $0.source == "lina-sabbagh" && $0.relation == .memberOf && $0.target.hasPrefix("marmara-centre") })
        #expect(!graph.has("lina-sabbagh", .locatedIn, "istanbul"))
        #expect(graph.edges.contains { $0.source == "taftanaz" && $0.relation == .partOf && $0.target.hasPrefix("idlib") })
    }

    @Test func beingCloseToOrCriticalOfAnActor() throws {
        let graph = try extract("""
            date 2016-12-14
            Press

            Al-Akhbar, which is close to Hezbollah, praised the offensive. An-Nahar, a rival Beirut paper that is critical of Hezbollah, did not. Sources close to Hezbollah said Russia was angry. The town is close to the border.
            """)
        #expect(graph.has("al-akhbar", .supports, "hezbollah"))
        #expect(graph.has("an-nahar", .opposes, "hezbollah"))
        #expect(!graph.edges.contains { $0.source == "russia" && $0.target == "hezbollah" })
    }

    @Test func whereAnOutletIsPublished() throws {
        let graph = try extract("""
            date 2016-12-14
            Press

            Al-Watan, published in Damascus, cheered. The Beirut daily Al-Akhbar condemned Israel. An-Nahar, a rival Beirut paper, disagreed.
            """)
        #expect(graph.has("al-watan", .locatedIn, "damascus"))
        #expect(graph.has("al-akhbar", .locatedIn, "beirut"))
        #expect(graph.has("an-nahar", .locatedIn, "beirut"))
    }

    @Test func capitalsAlongWithAndInSupportOf() throws {
        let graph = try extract("""
            date 2016-12-29
            Briefs

            Talks will open in Astana, the capital of Kazakhstan. Ankara, the Turkish capital, was calm. Iran, which backs the Syrian government along with Russia, agreed. Russian aircraft carried out strikes on Islamic State positions around al-Bab in support of Turkish forces. Ahrar al-Sham, one of the largest rebel factions, refused. The head of UNESCO, Irina Bokova, condemned the destruction.
            """)
        #expect(graph.edges.contains { $0.source == "astana" && $0.relation == .partOf && $0.target.hasPrefix("kazakhstan") })
        #expect(graph.edges.contains { $0.source == "ankara" && $0.relation == .partOf && $0.target.hasPrefix("turkey") })
        #expect(graph.has("russia", .backs, "syrian-government"))
        #expect(graph.edges.contains { $0.source == "russia" && $0.relation == .supports && $0.target.hasPrefix("turkish") })
        #expect(!graph.edges.contains { $0.source == "islamic-state" && $0.relation == .supports })
        #expect(graph.has("ahrar-al-sham", .memberOf, "rebels"))
        #expect(graph.edges.contains { $0.relation == .leaderOf && $0.target == "unesco" })
    }

    @Test func aCampaignInAPlaceAndAnOperationAgainstAGroupAreAttacks() throws {
        let graph = try extract("""
            date 2016-11-16
            Offensive

            Russia pressed ahead with a new offensive in Idlib province. Russian forces had begun a large-scale operation against Islamic State. Syrian troops pushed deep into Hanano. The evacuation operation in Aleppo began.
            """)
        #expect(graph.edges.contains { $0.source == "russia" && $0.relation == .attacks && $0.target.hasPrefix("idlib") })
        #expect(graph.edges.contains { $0.relation == .attacks && $0.target == "islamic-state" })
        #expect(graph.has("assad-forces", .advancesInto, "masaken-hanano"))
        #expect(!graph.edges.contains { $0.relation == .attacks && $0.target == "aleppo" })
    }

    @Test func namesListedBeforeProvincesAreProvinces() throws {
        let graph = try extract("""
            date 2016-11-16
            Offensive

            Russia pressed ahead with a new offensive in Idlib and Homs provinces.
            """)
        #expect(graph.edges.contains { $0.source == "russia" && $0.relation == .attacks && $0.target == "homs-province" })
        #expect(graph.edges.contains { $0.source == "russia" && $0.relation == .attacks && $0.target == "idlib-province" })
    }
}
