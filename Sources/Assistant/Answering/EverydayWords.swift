/// Everyday English words, which a reader who types them means as typed: "can I bake bread
/// after donating blood" asks about baking, not about a back, however near "bake" is to "back"
/// and "bread" to "broad". The spelling corrector changes none of them by a slip of the keys;
/// only a word that sounds like an article's word may still be read as that word ("pane" is
/// "pain", "doze" "dose"). Unlike `CommonWords`, these words keep counting as words the
/// articles never use: a question about stocks is still a question from elsewhere.
enum EverydayWords {
    /// True when `word` (folded, as typed) is one of them or a regular inflection of one
    /// ("baked", "breads", "flies", "stocking").
    static func contains(_ word: String) -> Bool {
        words.contains(word) || baseForms(of: word).contains(where: words.contains)
    }

    /// The words `word` may be a regular inflection of: "flies" of "fly", "boxes" of "box",
    /// "bins" of "bin" but not "bines" (an "-es" plural follows a hissing sound or an "o"),
    /// and `CommonWords`' past and "-ing" forms ("baked", "stopped").
    static func baseForms(of word: String) -> [String] {
        var forms: [String] = []
        if word.hasSuffix("ies"), word.count > 4 { forms.append(String(word.dropLast(3)) + "y") }
        if word.hasSuffix("es"), word.count > 4 {
            let stem = String(word.dropLast(2))
            if ["s", "x", "z", "ch", "sh", "o"].contains(where: stem.hasSuffix) { forms.append(stem) }
        }
        if word.hasSuffix("s"), !word.hasSuffix("ss"), word.count > 3 { forms.append(String(word.dropLast())) }
        if word.hasSuffix("ed") || word.hasSuffix("ing") { forms += CommonWords.baseForms(of: word) }
        return forms
    }

    static let words: Set<String> = Set(groups.joined(separator: " ").split(separator: " ").map(String.init))

    /// The words by subject, a group a line.
    static let groups = [
        // Food, drink and cooking.
        "bake baker bread cake cookie biscuit pasta pizza rice bean beans soup salad sandwich burger cheese butter milk",
        "cream yogurt egg eggs meat beef pork lamb chicken turkey fish tuna salmon shrimp bacon ham sausage steak",
        "apple banana orange lemon lime grape grapes berry cherry peach pear plum melon mango pineapple tomato",
        "potato potatoes carrot onion garlic pepper salt sugar honey flour oil vinegar sauce spice herb mint",
        "chocolate candy sweet sweets snack snacks meal meals breakfast lunch dinner supper dessert cereal oats",
        "nut nuts peanut almond corn pea peas lettuce cabbage broccoli spinach celery cucumber mushroom olive",
        "coffee tea juice soda beer wine whiskey vodka gin rum cocktail drink drinks cup mug glass bottle jar",
        "cook cooked cooking boil fry fried roast grill grilled chop slice stir mix pour taste tasty recipe",
        "kitchen oven stove fridge freezer microwave toaster kettle pan pot pots plate bowl fork knife spoon",
        "restaurant cafe bar pub menu waiter waitress chef bakery grocery groceries vegan vegetarian noodle",
        "sour bitter spicy salty crunchy frozen raw ripe stale tin jam toast pancake waffle muffin donut doughnut",
        "popcorn crisps chips fries ketchup mustard mayo curry taco burrito sushi kebab pie pudding jelly",
        // Home and household.
        "house home flat apartment room bedroom bathroom toilet garage garden yard lawn fence gate door window",
        "wall floor roof ceiling stairs hall porch balcony basement attic shed chimney doorbell",
        "table chair seat stool sofa couch bed desk shelf drawer cupboard closet mirror lamp curtain carpet rug",
        "pillow blanket sheet towel soap shampoo brush comb razor sponge bucket broom mop vacuum hoover",
        "cleaning wash washing laundry dishes dishwasher iron ironing dust dusting tidy sweep paint painting",
        "plumber electrician builder landlord tenant neighbour neighbor rent mortgage",
        "key keys lock locks box bag basket rope string tape glue nail hammer screw tool tools drill saw",
        "candle match matches battery batteries plug socket switch wire cable fan heater radiator boiler",
        // Clothes and things carried.
        "shirt dress skirt trousers pants jeans shorts jacket coat sweater jumper hoodie scarf hat cap",
        "sock shoe boot sandal glove belt tie suit uniform pocket button zip zipper",
        "ring necklace bracelet earring jewelry jewellery purse wallet handbag backpack umbrella",
        "knit knitting sew sewing fabric cotton wool silk leather denim style fashion",
        // Getting about.
        "car bus tram taxi bike bicycle motorbike truck van plane airplane aeroplane",
        "airport flight boat ship ferry road street highway motorway bridge tunnel",
        "drive driving driver park parking traffic ticket station platform journey trip travel",
        "holiday vacation hotel passport luggage suitcase map brake engine tyre tire wheel gear",
        "petrol gas fuel garage commute",
        // Places and the world.
        "city town village country countryside mountain hill river lake sea ocean beach island",
        "forest wood woods desert valley field farm farmer coast shore cliff cave volcano jungle",
        "paris london rome berlin madrid dublin tokyo beijing moscow sydney chicago texas florida california",
        "america canada mexico brazil france germany spain italy russia china japan india africa europe asia",
        "australia ireland scotland wales england britain",
        "church school college university library museum bank shop store market",
        "mall supermarket office factory prison court castle palace temple mosque stadium theatre theater",
        "cinema zoo",
        // Nature, weather and the sky.
        "tree flower plant grass leaf leaves seed root rose",
        "weather rain snow wind storm thunder lightning cloud sunny rainy snowy windy cloudy foggy fog",
        "ice frost hail heat heatwave hot warm warmth humid humidity muggy chilly climate season spring summer autumn winter",
        "sun moon star starry planet mars venus jupiter earth space rocket astronaut",
        "rock stone sand mud dirt soil metal gold silver copper steel plastic paper",
        // Animals.
        "dog cat puppy kitten horse cow pig sheep goat chicken duck bird",
        "mouse mice rat rabbit bear lion tiger wolf fox deer snake spider bee wasp ant fly",
        "mosquito butterfly worm whale dolphin shark monkey elephant giraffe zebra owl eagle parrot pet",
        // Work, money and business.
        "job career boss manager employee employer salary wage",
        "money cash coin price cheap expensive buy bought sell sold shopping",
        "stock share market invest investing investment fund loan debt tax bill",
        "budget profit sale discount refund insurance pension retire retired retirement",
        "founder founders company companies firm brand owner ceo",
        "meeting email letter phone call text message",
        "computer laptop tablet screen keyboard printer internet website online app password account",
        "software game video camera photo picture music song radio",
        "television tv movie film series episode channel stream streaming podcast",
        "charge charging charger",
        // School and learning.
        "class lesson teacher student exam grade degree course math maths science",
        "history geography english spanish french",
        "book novel story poem author write writing wrote written spell spelling dictionary quote essay",
        // Sport, games and pastimes.
        "sport football soccer basketball baseball tennis golf rugby cricket hockey boxing swimming",
        "swim run running runner race marathon cycle cycling hike hiking climb climbing ski skiing skate",
        "team player coach match score goal win won lose lost ball bat racket",
        "chess poker puzzle hobby craft gardening fishing hunting camping",
        "dance dancing sing singing guitar piano drum band concert party festival wedding",
        "birthday christmas easter halloween gift present toy",
        // Society.
        "friend wife boyfriend girlfriend partner baby kid teen teenager adult man men woman women boy girl",
        "marriage divorce funeral government president king queen prince princess minister election vote",
        "law police army war politics news newspaper magazine religion god pride volunteer charity",
        // Things and acts of every day.
        "pen pencil notebook envelope stamp card calendar clock alarm ladder mail post parcel package",
        "statue tower chain flag noise voice forum shape prize guest chili prune slime",
        "open close shut push pull throw catch carry lift drop hit kick dig fill",
        "build built broken repair send sent receive wear wore worn borrow lend",
        "smile laugh cry shout scream whisper jump sit stand walk ran",
        "wake woke dream nap prime sorry weaken blind puff peel powder shoot mount bowl rote",
        // Days, months and the calendar.
        "monday tuesday wednesday thursday friday saturday sunday weekend january february march april june",
        "july august september october november december noon midnight morning evening afternoon",
        // Devices, media and the web.
        "robot wifi bluetooth download upload update router smartphone iphone android google facebook",
        "twitter instagram youtube tiktok netflix amazon reddit spotify blog selfie emoji",
        // Health words of other subjects, meant as typed ("cancer" is no slip for anything).
        "cancer tumor tumour diabetes asthma allergy covid virus vaccine fever cough sneeze migraine",
        "arthritis lupus thyroid kidney liver lung bladder pregnancy pregnant menopause dentist tooth teeth",
        "glasses lens hearing deaf wheelchair crutch plaster bandage",
        // More acts of every day.
        "visit marry kiss hug shave bathe shower brush paint draw fish hunt camp vote pray bet gamble",
        "rent lease hire fire quit retire train coach teach learn study grow garden water mow rake",
        "weigh weighs weighed weighing measure measured measuring",
        // More things about the house and the day.
        "timer stopwatch thermometer scale scales ruler scissors needle thread button sticker poster frame",
        "vase bin trash rubbish recycling compost cooker blender mixer grater sieve tray napkin tissue tissues",
        "toothbrush toothpaste deodorant perfume lotion sunscreen makeup lipstick nail polish hairdryer",
        "mattress duvet quilt cushion hanger wardrobe dresser crib cot pram stroller highchair",
        "letterbox mailbox doormat driveway patio deck hose sprinkler barbecue grill bonfire firework",
        // Places and things of work and town.
        "salon barber hairdresser dentist vet garage workshop warehouse depot harbour harbor port pier",
        "bakery butcher florist pharmacist cashier clerk receptionist secretary accountant lawyer judge",
        "engineer mechanic pilot sailor soldier farmer gardener cleaner nanny tutor professor scientist",
        "firefighter fireman postman mailman courier delivery shipping order receipt invoice voucher coupon",
        // Hair, grooming and getting dressed.
        "braid plait ponytail fringe bangs curl curls perm haircut shave beard moustache mustache wig",
        "blouse vest tights leggings pyjamas pajamas slippers trainers sneakers heels apron overalls",
        // Mending, building and the garden shed.
        "faucet tap leak plank brick bricks cement concrete tile tiles grout sandpaper varnish bolt nut",
        "spade shovel wheelbarrow trowel pruning hedge weeds weeding seedling bulb bulbs pot greenhouse",
        // Getting around town and online.
        "bus stop queue ticket fare receipt postcode zipcode address download printer scanner inbox",
        "password username login browser tab laptop charger headphones earbuds speaker remote",
        // Feelings and plain abstract words.
        "luck fortune chance fate hope wish joy fun peace quiet noise silence trouble problem solution",
        "secret surprise mistake success failure habit hobby routine plan goal dream memory opinion",
        "advantage bargain deal offer promise rule rules reason result choice decision difference",
        "excited exciting nervous calm proud jealous guilty embarrassed shy brave kind rude polite",
        // Colours and plain descriptions.
        "red blue green yellow purple pink brown black white grey gray colour color",
        "clean hot cold warm cool wet dry soft loud quiet bright dark dirty heavy empty full busy",
        "beautiful ugly happy sad angry bored lonely funny strange weird famous rich poor bloody",
    ]
}
