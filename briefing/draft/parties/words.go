package parties

import "github.com/briefdesk/briefdesk/briefing/draft/text"

// Small closed word lists the party finder uses as cues.

// connectors may stand inside a name between capitalised words
// ("Bank of England", "Charles de Gaulle", "Osama bin Laden").
var connectors = text.SetOf("of", "de", "des", "del", "della", "da", "di", "do", "dos", "das", "van", "von", "der", "den",
	"du", "la", "le", "bin", "ibn", "al", "el", "y", "for", "&", "ter", "zu", "wa", "pour", "para", "por", "nan", "nam")

// buildingHeads open the names of palaces and halls in the languages
// whose names put the building first ("Palais des Nations", "Palacio de
// Gobierno", "Palácio do Mar"), places where things happen.
var buildingHeads = text.SetOf("Palais", "Palacio", "Palácio", "Palazzo", "Château", "Castillo", "Schloss")

// placeConnectors join the words of names of places and bodies, never of
// people ("Comhairle nan Eilean Siar", Gaelic "of the").
var placeConnectors = text.SetOf("of", "for", "&", "nan", "nam")

// placeWords end place names ("Kuwait City", "Gaza Strip").
var placeWords = text.SetOf("Province", "Island", "Islands", "Isles", "Valley", "Street", "River", "Region",
	"District", "Lake", "Sea", "Bay", "Coast", "Mountains", "Hills", "Beach", "Peninsula", "Strait", "Airport",
	"Square", "Avenue", "Road", "Lane", "Crescent", "Terrace", "Park", "Ocean", "Gulf", "Desert", "Canal", "Highway", "Harbour", "Harbor",
	"Heights", "Plain", "Basin", "Delta", "Forest", "Mount", "Mt.", "Port", "Cape", "Falls", "Bridge", "Village",
	"Town", "Prefecture", "Oblast", "Governorate", "Territory", "State", "Course", "Prison", "Jail", "Motel", "Hotel",
	"Stadium", "Arena", "Cathedral", "Mosque", "Temple", "Castle", "Capitol", "Building", "Shire", "Bend", "Creek",
	"Hollow", "Springs", "Reservoir", "Estuary", "Fjord", "Glacier", "Flats", "Gorge",
	"Canyon", "Cove", "Inlet", "Lagoon", "Quay", "Wharf", "Vale", "Moor", "Moors", "Fens", "Downs", "Marshes", "Wetlands")

// surnamePlaces are words of placeWords that are also surnames: after a
// first name they end a person's name ("Ann Vale"), not a place's
// ("Ellerby Vale").
var surnamePlaces = text.SetOf("Vale", "Moor")

// placeBefore are words after which an unknown name is most likely a place,
// among them the points of the compass in lower case ("north Dorrington").
var placeBefore = text.SetOf("in", "at", "near", "from", "outside", "across", "into", "toward", "towards", "around",
	"throughout", "inside", "via", "to", "between", "north", "south", "east", "west", "northern", "southern", "eastern",
	"western", "central", "north-east", "north-west", "south-east", "south-west", "northeast", "northwest", "southeast",
	"southwest", "nearby", "neighbouring", "neighboring")

// movedBefore are the words of placeBefore that also come before people
// ("wrote to", "a letter from").
var movedBefore = text.SetOf("to", "from", "between", "toward", "towards")

// personAfter are words that, following a name, mark it as a person's.
var personAfter = text.SetOf("said", "says", "told", "added", "explained", "noted", "wrote", "who", "asked",
	"argued", "insisted", "stressed", "recalled", "admitted", "warned", "replied", "believes", "thinks")

// orgKinds are common nouns naming a kind of organisation; one right before
// a name makes it an organisation's ("US phone company Qwest", "rival suitor
// Euronext", "German bidder Deutsche Boerse").
var orgKinds = text.SetOf("company", "firm", "group", "giant", "maker", "bank", "exchange", "suitor", "bidder",
	"retailer", "operator", "bourse", "chain", "insurer", "lender", "conglomerate",
	"manufacturer", "producer", "supplier", "provider", "brewer", "airline", "broadcaster", "publisher",
	"network", "agency", "regulator", "watchdog", "distributor", "utility", "miner", "refiner", "outfit",
	"subsidiary", "unit", "fund", "newspaper", "website", "studio", "label", "organisation", "organization",
	"charity", "association", "carmaker", "automaker", "union", "federation", "confederation", "institute",
	"think-tank", "thinktank", "party", "housebuilder", "consultancy", "consortium", "supermarket", "carrier",
	"wholesaler", "app", "platform", "startup", "start-up", "marketplace", "haulier", "shipper", "forwarder", "biotech",
	"chipmaker", "drugmaker", "steelmaker", "toymaker", "phonemaker", "planemaker", "handsetmaker", "gang", "cartel",
	"syndicate", "militia", "service", "streamer", "body")

// tradeKinds are common nouns for a trade that firms and people alike
// follow; one right before a name makes it an organisation's unless the
// name starts with a first name ("Dutch contractor Van Oord", but
// "software developer Jane Smith").
var tradeKinds = text.SetOf("contractor", "developer", "builder", "dealer", "grocer", "landlord", "owner")

// documentWords name documents, laws and plans; a name holding one is a
// document, not a party ("Joint Declaration on Strategic Partnership").
var documentWords = text.SetOf("Declaration", "Agreement", "Treaty", "Accord", "Accords", "Convention", "Protocol",
	"Charter", "Act", "Resolution", "Memorandum", "Plan", "Initiative", "Strategy", "Report", "Budget",
	"Communique", "Communiqué", "Constitution", "Partnership", "Deal", "Pact", "Roadmap", "Doctrine",
	"Cup", "Championship", "Championships", "Open", "Games", "Olympics", "Award", "Prize", "Day", "Week", "Summit", "Ministerial",
	"Conference", "War", "Index", "Letter", "Festival", "Series", "Tour", "Classic", "Masters", "Prix", "Bowl", "Trophy",
	"Marathon", "Tournament", "Final", "Finals", "Slam", "Stakes", "Invitational", "Olympiad", "Expo", "Deed", "Booklet", "Arrangement",
	"Prospectus")

// companyForms end company names ("Brennan Corp", "Fontana Tessile SpA").
var companyForms = text.SetOf("Corp", "Corp.", "Co", "Co.", "Inc", "Inc.", "Ltd", "Ltd.", "Plc", "PLC", "plc", "SpA", "AG",
	"SA", "S.A.", "NV", "N.V.", "GmbH", "Bhd", "LLC", "AB", "Cos", "Cos.")

// clubPrefixes start the names of sports clubs ("Deportivo Almeria", "FC
// Porto", "Dynamo Kiev").
var clubPrefixes = text.SetOf("FC", "AC", "AS", "SC", "SV", "VfB", "VfL", "TSV", "SK", "FK", "NK", "CF", "CD", "RC", "KV",
	"Deportivo", "Sporting", "Dynamo", "Dinamo", "Spartak", "Lokomotiv", "Torpedo", "CSKA", "Olympique", "Borussia",
	"Hansa", "Eintracht", "Fortuna", "Hertha", "Rapid", "Slavia", "Sparta", "Partizan", "Steaua", "Atletico",
	"Racing", "Olympiakos", "Olympiacos", "Panathinaikos", "Galatasaray", "Fenerbahce", "Besiktas", "Ajax", "Feyenoord",
	"Inter", "Juventus", "Lazio", "Real")

// foreignOrgOpeners open the names of organisations in other languages,
// where the word for the kind of body comes first ("Banco Lusitano de
// Investimento", "Groupe Arnaud", "Caixa Geral de Depósitos").
var foreignOrgOpeners = text.SetOf("Banco", "Banca", "Banque", "Bankhaus", "Caixa", "Caja", "Crédit", "Credito", "Grupo",
	"Groupe", "Gruppo", "Compagnie", "Compañía", "Companhia", "Società", "Sociedad", "Sociedade", "Société", "Instituto",
	"Fundación", "Fundação", "Fondazione", "Ministerio", "Ministério", "Ministero", "Ministère", "Agencia", "Agência", "Agenzia",
	"Aerolíneas", "Aerolineas", "Linhas", "Líneas", "Lineas", "Compagnia", "Aerovías", "Aerovias")
