import Foundation
import Retrieval
import Testing
@testable import Assistant

/// The emergency check, the doctor-only lead and the notice on every answer, over the bundled
/// knowledge folder's `emergency.txt` and `doctor-only.txt`.
@Suite struct SafetyTests {
    static let answerer: Result<Answerer, Error> = Result { try AnswererTests.answerer() }

    static let crises = [
        "I'm so tired of living",
        "I'm so done with everything, I just want it to stop for good",
        "ngl i don't wanna be alive anymore",
        "i have a noose",
        "goodbye everyone",
        "I want to kill myself",
        "i want to die",
        "where can I get enough sleeping pills to not wake up",
        "I can't think of a single reason to stay alive",
        "I don't have a reason to live anymore",
        "I've been stockpiling my pain meds and I think tonight is the night",
        "life is pointless and I want out",
        "how many of my amitriptyline would it take to not wake up",
        "I've decided tonight is my last night",
        "I've had enough of this life",
        "I'm going to walk into the sea",
        "this is my goodbye message",
        "I'm going to drink until I don't wake up",
        "I've researched how many paracetamol it takes",
        "i looked up how many of my pills would be fatal",
        "i don't see a future for myself anymore",
        "i want the pain to stop for good, even if it means dying",
        "I heard you can't die from pills but I took them all",
        "thinking about ending my life because the pain never stops",
        "I WANT TO END MY LIFE",
        "sometimes I think about suicide",
        "im suicidal",
        "im suicdal",
        "I want to kil myself",
        "wnat to die",
        "i dont want to live anymore",
        "I don't want to live like this",
        "I keep thinking I'd be better off dead",
        // A question turned round insists rather than denies.
        "honestly isn't everyone better off if I just end it",
        "I've hidden a stash of pills in my drawer for when I'm ready",
        "I have been cutting myself",
        "how can I hurt myself",
        "the pain is so bad I want to end it all",
        "I can't go on with this pain",
        "life is not worth living with fibro",
        "I wish I were dead",
        "kms",
        "i want to kill my self",
        "i'm going to overdose tonight",
        "I am planning to overdose on my pills",
        "there is no reason to go on living",
        "I want to end the pain forever",
        "I am going to jump off a bridge",
        "i don't see the point in living anymore",
        "nobody would miss me if i was gone",
        "i'm going to take all my pills",
        "I have pills saved up and I'm going to take them all",
        "i've been stockpiling my sleeping pills",
        "i want to go to sleep and never wake up",
        "life isn't worth it anymore",
        "I've written goodbye letters to my family",
        "I want it all to be over",
        "everyone would be better off if I was gone",
        "I've got a rope and I'm ready",
        "I swallowed a bunch of my pills on purpose",
        "I keep thinking everyone would be better without me",
        "I don't want to wake up tomorrow",
        "I took all my sleeping pills",
        "i wanna die",
        "how many pills would it take to die",
        "there is no reason to keep living",
        "I have nothing to live for",
        "I've lost the will to live",
        "my daughter says she wants to kill herself",
        // A crisis told of someone else.
        "my husband says he doesn't want to live anymore",
        "my daughter is cutting herself, what do I do",
        "my son wishes he was dead",
        "my wife thinks we'd be better off without her",
        "I'm standing on the edge of a bridge",
        "I wish I could die",
        "i have the pills lined up",
        "I tied a noose",
        "I've started giving my things away and saying goodbye",
        "I feel like I'm going to hurt someone",
        "i feel like i should just die",
        "i'm sitting in my car with the engine running in the garage",
        "nobody cares if i live or die",
        "my pain is unbearable and i've decided to die",
        "i just want to disappear",
        "thinking of taking all my ketamine at once",
        "I wrote letters to my family and I'm ready to go",
        "nobody would care if I died",
        "I have a gun and I want to use it on myself",
        "I don't want to be here anymore",
        "I'm planning to end it",
        "I have been cutting my arms",
        // Word classes: an intent near a way of dying, however each is worded.
        "I've decided tonight is the night I end things",
        "i'm going to take every pill in the house",
        "everyone would be happier if I was dead",
        "I'm standing on the roof and want to jump",
        "i feel like killing myself",
        "nobody would notice if i was gone",
        "i'm saying my goodbyes",
        "i've been thinking of ways to die",
        "can you tell me how to overdose",
        "will 50 ibuprofen kill me",
        "there's no reason for me to live",
        "I would rather die than live with this pain",
        "what's the best way to overdose",
        "goodbye cruel world",
        "I want to unalive myself",
        "i want to dye",
        "i want to dei",
        "I wih I could die",
        "i watn to dye",
        "i wsnt to dye",
        "I don't want to be heer anymore",
        "there's no way out, I'm done",
        // Providing for others after one is gone.
        "I've given my dog to my neighbour because I won't be around to look after him",
    ]

    static let medical = [
        "heavy bleeding after donating blood that won't stop",
        "my arm is bleeding a lot after giving blood",
        "my baby has gone floppy and won't feed",
        "my friend took something at a party and now she's fitting",
        "I found my brother hanging in the garage",
        "my husband has a terrible headache and now he's vomiting and confused",
        "i've taken a whole box of paracetamol and i feel awful",
        "I got my nerve block and now I can't feel or move my legs",
        "uncontrolled hemorrhage",
        "I have had chest pain for 30 minutes",
        "my 2 year old swallowed batteries",
        "suspected opioid overdose",
        "overdose on painkillers",
        "my son overdosed on his meds",
        "i took 2 many pills help",
        "my friend is having a fit",
        "is this an emergency, my chest hurts badly",
        "I was in a car crash and my neck hurts a lot",
        "blood won't stop coming out of my arm after donating",
        "severe pain on the right side of my stomach and a fever",
        "my baby has a fever and is not waking up",
        "crushing chest pain and I can't breathe",
        "I think I am having a heart attack",
        "my mother is having a stroke",
        "cant breathe",
        "i cant breath",
        "I cannot breathe properly",
        "I took too many pills",
        "my friend took too many pills of ketamine",
        "I overdosed on my meds",
        "my husband is unconscious",
        "severe bleeding after donating blood",
        "chest pain spreading to my left arm",
        "her face is drooping and her speech is slurred",
        "he is having a seizure",
        "my throat is closing",
        "my friend is overdosing",
        "my chest hurts and my left arm is numb",
        "my left arm went numb and my chest is tight",
        "I have sudden crushing pain in my chest",
        "severe chest pressure and sweating",
        "help I think I am dying",
        "my throat is swelling from an allergic reaction",
        "I took too much ketamine",
        "i swallowed a whole bottle of pills",
        "my dad collapsed and isn't breathing",
        "my chest is crushing and my arm is numb",
        "my heart is racing and i have chest pain",
        "i can't stop bleeding after donating blood",
        "i have the worst headache of my life",
        "he is unresponsive",
        "my heart is pounding and I feel like I'm going to pass out",
        "my chest feels heavy and i'm sweating a lot",
        "the left side of my body is numb",
        "my daughter swallowed my fibro medication",
        "I fainted and hit my head and now I'm throwing up",
        "why can't I feel the left side of my face all of a sudden",
        "heart attack",
        "help, stroke",
        "overdose",
        "is it an emergency if my baby is blue",
        "should I go to the ER, my chest hurts and my left arm is numb",
        "I can't stop shaking and I think I'm going into shock",
        "My blood sugar is really low and I'm shaking",
        "i cut my hand really deep and it's spurting blood",
        "my baby has a high fever and is floppy",
        "I accidentally took double my medication",
        "my chest feels like someone is sitting on it",
        "sudden weakness in my left arm and leg",
        "heart attack symptoms right now, what do i do",
        "my vision went black and my arm is numb",
        "my mom took her whole prescription at once",
        "my heart is racing and i'm sweating and my chest hurts",
        "i'm coughing up blood",
        "my face and tongue are swelling",
        "i mixed my pills with alcohol",
        "my chest is tight and my left arm is numb",
        "I took twice my dose of ketamine",
        "I just had a seizure for the first time",
        "sudden severe headache and I can't see properly",
        "I can't stop throwing up blood",
        "I swallowed bleach",
        "my heart is racing and I'm about to pass out",
        "I can't feel one side of my body",
        "my mom fell and hit her head and isnt responding",
        "chest pains and sweating and can't catch my breath",
        "my son drank antifreeze",
        "overdose on ketamine right now help",
        "i'm bleeding out",
        "my dad can't move his arm and his speech is slurred",
        "her words are slurred and her face is droopy",
        "pain in my chest spreading down my arm",
        "I have pain in my chest and my arm is tingling",
        "i can barely breathe",
        "blood is pouring out of my arm",
        "I think my appendix burst",
        "i fell and cant get up",
        "I have severe chest pain",
        "I think my husband is bleeding badly",
        "my mom is passing out",
        "my toddler ate some of my pills",
        "I mixed alcohol with my sleeping pills",
        "I can't feel my face",
        "I took too many of my pills",
        "my son swallowed too many tablets",
        "my chest hurts really bad",
        "I'm having chest pains",
        "half of my face is numb",
        "my dad fell down the stairs and isn't moving",
        "my grandad is on the floor and he's not moving or responding",
        "my dad's lips have gone blue and he's gasping",
        "my husband is clutching his chest and sweating",
        "my grandma fell and her hip looks broken and she can't get up",
        "my husband has a sudden terrible headache, the worst of his life",
        "my dad suddenly can't see out of one eye and his arm is numb",
        "my daughter has a high fever and a rash that doesn't fade under a glass",
        "my son drank some of my methadone",
        "my leg is swollen and hot and now I'm short of breath",
        "I fell in the shower and hit my head and now I'm seeing double",
        "he took a load of pills and he's really drowsy",
        "my mother is unresponsive on the floor",
        "I took a bunch of my pain pills and feel weird",
        "my chest feels like an elephant is sitting on it",
        "i took 40 tylenol",
        "my arm went numb and my speech is weird",
        "my husband collapsed and I can't wake him",
        "my father is foaming at the mouth and shaking",
        "i think i broke my leg and the bone is sticking out",
        "what do I do, I think it's an allergic reaction",
        "I need an ambulance",
        "I think I broke my neck",
        "please call an ambulance",
        "I can't wake my husband up",
        "help me I'm going to die",
        "I was just in a car accident and I'm hurt",
        "I'm having a severe asthma attack",
        "there's a fire in my house",
        "I'm losing a lot of blood",
        "I took to many pills",
    ]

    static let abuse = [
        "my step dad touches me",
        "my mom's boyfriend hurt me",
        "my spouse hurts me",
        "my husband hits me and I'm scared",
        "my partner is abusive",
        "I don't feel safe at home",
        "someone is hurting me",
        "I'm scared my husband will hurt me again",
        "he hurts me every day",
        "I'm scared he's going to kill me",
        "my husband is going to hurt me",
        "he said he would kill me if I left",
        "I'm afraid to go home",
        "my partner strangled me",
        "my father locks me in the house",
        "he said he'd kill me",
        "my boyfriend is beating me",
    ]

    static let assault = [
        "I've been raped",
        "I was sexually assaulted last night",
        "someone is trying to break into my house",
        "someone attacked me",
        "I was just attacked",
        "I've been assaulted",
        "there's a man outside my house with a knife",
        "i am in danger",
        "I was stabbed",
        "someone is following me and I'm scared",
        "i was beaten up",
        "someone broke into my apartment",
        "I am in a lot of danger",
        "someone is trying to hurt me",
    ]

    static let nearMisses = [
        "i watn to dye my hair",
        // A cut told of someone else is no self-harm; a question expecting yes asks, reporting nothing.
        "my daughter cut herself shaving her legs",
        "won't ketamine make me unconscious like in surgery",
        "she doesn't want to wake up early",
        // An everyday word is no slip for a crisis word ("cooking" is not "choking"), nor is a
        // symptom told of oneself with no sign of a sudden turn.
        "my cheeks go red when I'm cooking over a hot stove, is that rosacea",
        "I get headaches and feel confused with fibro fog",
        // A short word alone is matched only as itself: "gas" is no "gash".
        "wheres the nearest gas station",
        // Sayings that only sound like an emergency (the file's [idioms]).
        "i'm dying to know if ketamine helps fibro",
        // Being away for a while is no farewell.
        "I won't be around next week, can I donate blood after I'm back",
        "can I give blood early because I won't be around next week",
        "i'm dying for a nap after giving blood",
        // After a negation too: not waking up tired is no wish not to wake up.
        "how many hours of sleep is enough to not wake up tired",
        "i eant to know if ketamine helps",
        "can you overdose on ketamine",
        "what happens if you overdose on vitamin d",
        "I have no reason to keep going to the gym",
        "what is an opioid overdose",
        "can ketamine cause a hemorrhage",
        "I took too many days off work",
        "does rosacea make my face numb",
        "can fibromyalgia cause pain in my chest",
        "does fibro cause tingling in the chest",
        "is passing out after giving blood normal",
        "can rosacea make my face swell up",
        "does my heart beat fast after donating blood",
        "why do I feel like I'm passing out after donating",
        "is the needle going to hurt me",
        "can someone help me understand fibromyalgia",
        "am I in danger if I donate blood with fibro",
        "does stress make my chest hurt",
        "he hurts my feelings",
        "I wish I could sleep better",
        "is chest pain a symptom of fibromyalgia",
        "chest pain in fibromyalgia",
        "ketamine as an anesthetic",
        "pain that never stops",
        "what is an overdose of ketamine",
        "what happens if you overdose on ketamine",
        "can fibromyalgia cause a heart attack",
        "does donating blood lower the risk of heart attacks",
        "I am not suicidal but the pain is bad",
        "is fibromyalgia a killer disease",
        "does fibro pain ever end",
        "why does my skin hurt when my husband touches my arm",
        "can I die from fibromyalgia",
        "breathing exercises for fibromyalgia",
        "is bleeding a side effect of giving blood",
        "what causes skin bleeding and bruising",
        "what is the reason fibromyalgia pain goes on",
        "can fibro pain hit me suddenly",
        "is it safe to jump on a trampoline with fibromyalgia",
        "i can't get up in the morning because of fibro fatigue",
        "is a racing heart a sign of stress",
        "my face gets red and swollen",
        "why does my arm feel numb after giving blood",
        "can lack of vitamin d cause seizures",
        "I feel like giving up on finding a treatment",
        "I'm scared the needle will hurt me",
        "can I keep going to work with fibromyalgia",
        "would fibromyalgia be better with exercise",
        "I can't stop scratching my welts",
        "I don't want to wake up tired every morning",
        "is bleach bad for dermatographism",
        "my heart races when I'm stressed",
        "my skin is not responding to lotion",
        "can sexual assault trigger fibromyalgia",
        "am I going to die from fibromyalgia",
        "my mom will have a fit if I get a tattoo",
        "is heavy bleeding a side effect of donating blood",
        "I want to dye my hair, is that bad for fibro skin",
        "I want to jump into exercise again",
        "will a nerve block end my pain for good",
        "what is the reason to live longer with fibro",
        "is there any point in carrying on with physio",
        "is clutching my chest when it hurts normal with fibro",
        "is there nothing left for me to try for my fibro pain",
        "I fell over last week and my knee still aches, is that fibro",
        "can I walk into the sea after a nerve block",
        "does a rosacea rash fade on its own",
        "my son drank some of my juice",
        "my leg is swollen after the nerve block",
        "I don't wake up refreshed, is that fibro",
        "I researched how many nerve blocks people usually need",
        "I took a load of notes at my appointment, what should I ask",
        "I'm thinking about trying vibration therapy",
        "my kids would be better off if I didn't have fibro",
        "my husband hit his arm and it bruised",
        "does ketamine cause allergic reactions",
        "does stress cause chest tightness",
        "my kids keep following me around the house",
        "can fibromyalgia cause numbness in my face and arms",
        "my boyfriend touches my arm and it hurts",
        "does fibro make your speech weird",
        "I drank coffee and took my pills, is that ok",
        "I'm tired of living with fibromyalgia pain",
        "is it safe to donate blood if I had a snake bite years ago",
        "my doctor isn't responding to my messages",
        "my cheeks and nose go red and swell, what is that",
        "my kid hurt me by accident with a hug and it was allodynia",
        "my husband hurt me just by touching my arm, why does that happen",
        "when should I call an ambulance for fibro pain",
        "is a fibro flare an emergency",
        "what's the easiest way to go about getting a nerve block",
        "my left arm goes numb sometimes, is that fibro",
        "is it normal to feel faint and have a racing heart after donating blood",
        "can I take a double dose of vitamin d if I'm deficient",
        "does fibromyalgia cause chest pain and dizziness",
        "can fibro cause weakness in my arms and legs",
        "I want my rosacea to disappear",
        "my kid drank something sugary and now has a rash",
        "why is my nose so red",
        "does a noose shape bruise mean anything",
        "does ketamine cause unconsciousness",
        "I felt faint and sick after giving blood",
        "heart attack risk and fibro",
        "no heart attack",
        "can fibromyalgia cause choking on food",
        "can standing on a shaking platform build my bones",
        "can fibro cause low blood sugar and shaking",
        "does fibromyalgia mean my body was attacked by my immune system",
        "I'm afraid I'll hurt my back if I use the vibration plate",
        "I made a noise when I stood up because my joints hurt",
        "does fibromyalgia cause numbness on the left side",
        "my husband touches me and I don't want him to because it hurts so much",
        "I'm ready to go to my first infusion, what should I expect",
        "my bleeding after donating blood won't stop for a minute, is that normal",
        "what if my arm won't stop bleeding after donating",
        "will I bleed a lot after giving blood",
        "I had a car accident years ago and it hurt my back, is that why I have fibro",
        "is there no way out of the fibro pain cycle",
    ]

    @Test(arguments: crises)
    func crisisGetsTheCrisisNoticeAndNoQuotes(question: String) throws {
        let answer = try Self.answerer.get().answer(question)
        #expect(answer.status == .emergency, "\(question)")
        #expect(answer.quotes.isEmpty)
        #expect(answer.notice.contains("988"), "\(question)")
    }

    @Test(arguments: medical)
    func medicalEmergencyGetsCallEmergencyServices(question: String) throws {
        let answer = try Self.answerer.get().answer(question)
        #expect(answer.status == .emergency, "\(question)")
        #expect(answer.notice.contains("Call emergency services now"), "\(question)")
    }

    @Test(arguments: abuse)
    func someoneHurtingTheReaderGetsTheHotline(question: String) throws {
        let answer = try Self.answerer.get().answer(question)
        #expect(answer.status == .emergency, "\(question)")
        #expect(answer.notice.contains("Domestic Violence Hotline"), "\(question)")
    }

    @Test(arguments: assault)
    func anAssaultOrIntruderGetsTheEmergencyNumber(question: String) throws {
        let answer = try Self.answerer.get().answer(question)
        #expect(answer.status == .emergency, "\(question)")
        #expect(answer.notice.contains("call 911"), "\(question)")
    }

    @Test(arguments: nearMisses)
    func nearMissesAreNotEmergencies(question: String) throws {
        #expect(try Self.answerer.get().answer(question).status != .emergency, "\(question)")
    }

    @Test func theTableHasAtLeastFortyPhrasings() {
        #expect(Self.crises.count + Self.medical.count + Self.nearMisses.count >= 40)
    }

    @Test(arguments: [
        "do I have fibromyalgia?",
        "Do i have fibro",
        "should I stop taking my medication?",
        "how much ketamine should I take",
        "what dose of ketamine is right for me",
        "should I try vibration therapy",
    ])
    func diagnosisAndMedicationQuestionsLeadWithTheDoctorLine(question: String) throws {
        let answer = try Self.answerer.get().answer(question)
        #expect(answer.lead == Notices.onlyADoctor, "\(question)")
        #expect(answer.status != .emergency)
        let text = TextRenderer().render(answer)
        #expect(text.hasPrefix(Notices.onlyADoctor + "\n"))
    }

    @Test(arguments: ["is fibromyalgia hereditary", "what is ketamine infusion therapy", "I have not been diagnosed yet, what is fibro",
                      "what does a vibration plate do for fibromyalgia", "what does ketamine do",
                      "how should i take care of my skin with fibromyalgia"])
    func ordinaryQuestionsHaveNoLead(question: String) throws {
        #expect(try Self.answerer.get().answer(question).lead == nil)
    }

    @Test func partsJoinedByAnAmpersandMatchInAnyOrderNearEachOther() {
        let phrases = PhraseList(lines: ["speech & slurred"])
        #expect(phrases.firstMatch(in: "his speech is slurred") == "speech & slurred")
        #expect(phrases.firstMatch(in: "slurred speech and a drooping face") == "speech & slurred")
        #expect(phrases.firstMatch(in: "my speech has been fine all week, though my doctor once said my words slurred") == nil)
        #expect(phrases.firstMatch(in: "his speech is not slurred") == nil)
    }

    @Test func anAlonePhraseCountsOnlyAsTheWholeQuestion() {
        let phrases = PhraseList(lines: ["alone: heart attack", "alone: * attack"])
        #expect(phrases.firstMatch(in: "heart attack") == "alone: heart attack")
        #expect(phrases.firstMatch(in: "Please, help: HEART ATTACK!") == "alone: heart attack")
        #expect(phrases.firstMatch(in: "is it a heart attack?") == "alone: heart attack")
        #expect(phrases.firstMatch(in: "does donating blood lower the risk of heart attacks") == nil)
        #expect(phrases.firstMatch(in: "heart attack risk") == nil)
        #expect(phrases.firstMatch(in: "not a heart attack") == nil)
        // Only plain words: a wildcard line is never an alone phrase.
        #expect(phrases.firstMatch(in: "panic attack") == nil)
    }

    @Test func aWordOfItsOwnIsNeverTakenForAMisspelling() {
        let phrases = PhraseList(lines: ["deep gash"])
        let known: (String) -> Bool = { $0 == "rash" }
        #expect(phrases.firstMatch(in: "a deep gasj", knowing: known) == "deep gash")
        #expect(phrases.firstMatch(in: "a deep rash") == "deep gash")
        #expect(phrases.firstMatch(in: "a deep rash", knowing: known) == nil)
        // An everyday word as typed is one of its own ("cooking" is no "choking"); a rarer
        // form of one, only as typed, may still be a slip ("chocking").
        let choking = PhraseList(lines: ["choking"])
        #expect(choking.firstMatch(in: "my cheeks go red when I'm cooking") == nil)
        #expect(choking.firstMatch(in: "my son is chocking") == "choking")
        let lined = PhraseList(lines: ["pills lined up"])
        #expect(lined.firstMatch(in: "i have the pills limed up") == "pills lined up")
    }

    @Test func anIdiomsWordsAreTakenOutBeforeMatching() {
        let detector = EmergencyDetector(text: "[medical]\nnotice: call\ni'm dying\n[idioms]\ndying to know\n")
        #expect(detector.match("i'm dying to know if ketamine helps") == nil)
        #expect(detector.match("i'm dying, help")?.category == "medical")
        // The idiom goes; an emergency elsewhere in the question stays.
        #expect(detector.match("i'm dying to know why, i'm dying")?.category == "medical")
        // An idiom goes even after a negation, which would keep an emergency phrase from counting.
        let negated = EmergencyDetector(text: "[crisis]\nnotice: call\nnot wake up\n[idioms]\nwake up tired\n")
        #expect(negated.match("is six hours enough to not wake up tired") == nil)
        #expect(negated.match("i hope to not wake up")?.category == "crisis")
        #expect(detector.categories.map(\.name) == ["medical", "idioms"])
    }

    @Test func aShortPhraseOfOneWordMatchesOnlyItself() {
        // Alone, a short word has no neighbours to bear a misspelling out; a longer one may still.
        let phrases = PhraseList(lines: ["gash", "ambulance"])
        #expect(phrases.firstMatch(in: "a gash on my leg") == "gash")
        #expect(phrases.firstMatch(in: "the nearest gas station") == nil)
        #expect(phrases.firstMatch(in: "call an ambulanse") == "ambulance")
    }

    @Test func aWordClassStandsForEachOfItsWordings() {
        let phrases = PhraseList(lines: ["@intent = want to | ready to | have a plan to", "@intent & end it all"])
        #expect(phrases.firstMatch(in: "I'm ready to end it all") == "@intent & end it all")
        #expect(phrases.firstMatch(in: "end it all, I have a plan to") == "@intent & end it all")
        #expect(phrases.firstMatch(in: "I want to end it") == nil)
        #expect(phrases.firstMatch(in: "I am not ready to end it all") == nil)
        #expect(phrases.undefinedClasses.isEmpty)
    }

    @Test func aSpokenContractionIsReadAsItsTwoWords() {
        let detector = EmergencyDetector(text: "[crisis]\nnotice: call\ndon't want to be alive\nwanna die\n")
        #expect(detector.match("ngl i don't wanna be alive anymore")?.phrase == "don't want to be alive")
        #expect(detector.match("i wanna die")?.phrase == "wanna die")
        #expect(detector.match("i wanna know if fibro is genetic") == nil)
    }

    @Test func aClassUsedButNeverDefinedIsReportedAndNeverMatches() {
        let detector = EmergencyDetector(text: "[crisis]\n@intnet & die\nwant to die\n@intent = want to\n")
        #expect(detector.undefinedClasses == ["@intnet"])
        #expect(detector.match("I intnet to die") == nil)
        #expect(detector.match("I want to die")?.phrase == "want to die")
    }

    @Test func theBundledEmergencyFileDefinesEveryClassItUses() {
        let detector = EmergencyDetector.load(from: AnswererTests.knowledge)
        #expect(detector.categories.map(\.name) == ["crisis", "medical", "abuse", "assault", EmergencyDetector.idiomSection])
        #expect(detector.undefinedClasses.isEmpty)
    }

    @Test func aReportPhraseCountsWhereTheQuestionTellsOfItNotWhereItAsksAboutIt() {
        let phrases = PhraseList(lines: ["report: allergic reaction"])
        #expect(phrases.firstMatch(in: "I'm having an allergic reaction") != nil)
        #expect(phrases.firstMatch(in: "is my son having an allergic reaction") != nil)
        #expect(phrases.firstMatch(in: "what do I do, I think it's an allergic reaction") != nil)
        #expect(phrases.firstMatch(in: "does ketamine cause allergic reactions") == nil)
        #expect(phrases.firstMatch(in: "is an allergic reaction to a nerve block common") == nil)
        #expect(phrases.firstMatch(in: "what if I have an allergic reaction to the needle") == nil)
    }

    @Test func aClauseRunsFromOnePunctuationMarkToTheNext() {
        let text = "help, what do I do? my husband collapsed"
        let moods = ClauseMood.reports(Analyzer().tokens(text), in: text)
        #expect(moods == [true, false, false, false, false, true, true, true])
        // Without the text, the question is one clause, opening on "help what": it asks.
        #expect(ClauseMood.reports(Analyzer().tokens(text), in: nil) == Array(repeating: false, count: 8))
    }

    @Test func anEmergencyCategoryWithoutANoticeStillGetsOne() {
        let detector = EmergencyDetector(text: "[crisis]\nwant to die\n")
        let match = detector.match("I want to die")
        #expect(match?.category == "crisis")
        let answer = Answer(question: "I want to die", status: .emergency, emergencyNotice: match?.notice)
        #expect(answer.notice == Notices.emergency)
    }

    /// Every status, through every renderer, ends with its notice, and the JSON always has one.
    @Test func everyAnswerOfEveryKindCarriesANotice() throws {
        let answerer = try Self.answerer.get()
        let questions = ["", "   ", "is fibromyalgia hereditary", "what is the capital of france", "xqzv blorft",
                         "I want to die", "do I have fibromyalgia", "???", "fibro", "the and of"]
            + Self.crises + Self.medical + Self.nearMisses
        var statuses = Set<Answer.Status>()
        for question in questions {
            let answer = answerer.answer(question)
            statuses.insert(answer.status)
            #expect(!answer.notice.isEmpty)
            if answer.status != .emergency { #expect(answer.notice.contains("doctor"), "\(question)") }
            for style in [ExcerptFormatter.Style.plain, .ansi] {
                let text = TextWrapper.unstyled(TextRenderer(style: style).render(answer))
                #expect(text.hasSuffix(answer.notice + "\n"), "\(question)")
            }
            let json = try JSONSerialization.jsonObject(with: Data(JSONLinesRenderer().render(answer).utf8)) as? [String: Any]
            #expect((json?["notice"] as? String) == answer.notice)
        }
        #expect(statuses == [.answered, .noMatch, .emergency, .empty])
    }
}
