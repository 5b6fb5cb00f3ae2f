package parties

import "testing"

func TestSettings(t *testing.T) {
	cases := []struct {
		construction, text, name string
		kept                     bool
	}{
		{"place only where a thing is", "Halvard Group told a conference in Geneva that it would cut 300 jobs.", "Geneva", false},
		{"place only where things are, after across", "Halvard Group sells to countries across Asia and will open two plants.", "Asia", false},
		{"place after of and a settlement noun that is a setting", "Dock workers at the port of Harlby walked out on Tuesday.", "Harlby", false},
		{"place after of and a settlement noun that acts", "The port of Harlby rejected the offer on Tuesday.", "Harlby", true},
		{"dateline place that acts nowhere else", "HARLBY - Dock workers walked out on Tuesday after Halvard Group rejected their offer.", "Harlby", false},
		{"dateline place in capitals with the day before the month, unknown to the gazetteer", "NARETH, 27 November — The foreign ministers of Estova and Kalvia agreed on Friday to reopen the border.", "NARETH", false},
		{"dateline place that acts in the story", "HARLBY - Dock workers walked out on Tuesday. The strike will cost Harlby millions, Halvard Group said.", "Harlby", true},
		{"place only where an act takes place, after a verb", "Arbitration of the claim could take place in Stockholm, Halvard Group said.", "Stockholm", false},
		{"place only where talks were held", "Halvard Group and the union held talks in Geneva on Monday.", "Geneva", false},
		{"place after of and a settlement noun where a thing happens, after a verb", "The rebels agreed to stop all attacks in the northern provinces of Dara and Keshet.", "Keshet", false},
		{"place after of and a settlement noun a thing goes to", "The embassy will move to the city of Harlby next year, the ministry said.", "Harlby", false},
		{"place a convoy goes into", "The army agreed to let aid convoys into Lessa from Monday.", "Lessa", false},
		{"place only on the way a thing goes", "Lorries will be rerouted via Harlby while the bridge is repaired.", "Harlby", false},
		{"place only where people move to", "The 2,400 soldiers of the brigade will move to Tidby by 2031, the ministry said.", "Tidby", false},
		{"name an inquiry looks into, the phrase hung on the verb", "The regulator reached a deal in its probe into Harlby Advisors on Monday.", "Harlby Advisors", true},
		{"capital after a comma only where people gather", "Families gathered outside the foreign ministry in the Estmarkian capital, Lennar, on Thursday night.", "Lennar", false},
		{"name an inquiry looks into is acted on", "The regulator opened a probe into Harlby on Monday.", "Harlby", true},
		{"place a letter is sent to is no way of going", "The Halvard Group chairman wrote to Harlby on Monday to complain.", "Harlby", true},
		{"place that opens its sentence as the frame of a report", "In Harlby, the main share index fell 2%. Traders blamed the strike.", "Harlby", true},
		{"place as the subject", "Geneva offered on Monday to host the talks. Halvard Group welcomed the offer.", "Geneva", true},
		{"site only outside which people gather", "Protesters gathered outside the Dorval Capitol on Tuesday as senators debated the bill.", "Dorval Capitol", false},
		{"place as the object", "The storm hit Geneva on Monday. Halvard Group closed its offices.", "Geneva", true},
		{"place that is a setting once and acts once", "Halvard Group opened a plant in Geneva. Geneva offered the firm tax breaks.", "Geneva", true},
		{"country named as where a thing is stands for its government", "Halvard Group opened a plant in Norway on Monday.", "Norway", true},
		{"town after a person's name and age says where the person lives", "Daniel Vesk, 34, of Harlby, appeared before magistrates on Thursday.", "Harlby", false},
		{"town taken for a person after a person's name and age", "Darren Pike, 41, of Wakefield, and Marcus Flynn, 38, were jailed on Friday.", "Wakefield", false},
		{"street after a person's name says where the person lives", "Edna Marr, 54, of Mill Lane, Harlby, admitted 14 counts of fraud.", "Mill Lane", false},
		{"town after a street in an address and before a site elsewhere", "Edna Marr, 54, of Mill Lane, Harlby, admitted fraud. She must report to Harlby police station every Monday.", "Harlby", false},
		{"firm of several words after a person's name stays", "Tom Hale, of Vestby Capital, said the deal was sound.", "Vestby Capital", true},
		{"town that acts elsewhere stays", "Daniel Vesk, of Harlby, was fined. Harlby will review its rules.", "Harlby", true},
		{"place qualifying the plant of a firm", "Halvard Group will close its Leeds plant, cutting 300 jobs.", "Leeds", false},
		{"places listed as the homes of exchanges, the list read as the object", "In the meantime, Borsa Nord, which combines the Paris, Oslo and Lisbon stock exchanges, began talks with the LSE.", "Paris", false},
		{"place qualifying a meeting", "Halvard Group spoke at the Leeds conference and will cut 300 jobs.", "Leeds", false},
		{"place qualifying a contract", "Halvard Group signed its Leeds water contract and will cut 300 jobs.", "Leeds", false},
		{"places listed as the homes of exchanges", "Borsa Nord, which combines the Leeds, Glasgow and Cardiff stock exchanges, made an offer.", "Glasgow", false},
		{"country owning a company's name", "Halvard Group is in talks with Norway's Statoil Petroleum Corporation.", "Norway", false},
		{"country qualifying a court", "The deal is to be signed on Thursday in a Norway district court.", "Norway", false},
		{"country owning a company whose name opens with a word of the state", "Halvard Group is in talks with Norway's National Petroleum Corporation.", "Norway", false},
		{"country owning its central bank stands for the state", "Norway's central bank raised rates on Monday.", "Norway", true},
		{"country owning a party's name stands for the state", "Norway's Civic Union signed the coalition deal.", "Norway", true},
		{"airport named after its town is that town", "Leeds airport closed on Monday. Halvard Group blamed the fog.", "Leeds", true},
		{"people's word before a body's word belongs to the name", "The Welsh Assembly voted to back the plan.", "Welsh Assembly", true},
		{"country where a firm is registered", "Halvard Group, which is registered in the Cayman Islands, will cut 300 jobs.", "Cayman Islands", false},
		{"city where a firm is based", "Halvard Group, a shipping firm based in Leeds, will cut 300 jobs.", "Leeds", false},
		{"city where a firm is headquartered and that acts", "Halvard Group is headquartered in Leeds. Leeds offered the firm tax breaks.", "Leeds", true},
		{"city where people are based is kept", "Some 5,000 servicemen based in Leeds will move south.", "Leeds", true},
		{"ordinary noun with a capital beside its lower-case use", "The Government's plan was criticised by Age Concern. The group said the government had broken its word.", "Government", false},
		{"one-word body never written in lower case", "Congress passed the bill on Monday. The president will sign it.", "Congress", true},
	}
	for _, c := range cases {
		checkKept(t, c.construction, c.text, c.name, c.kept)
	}
}
