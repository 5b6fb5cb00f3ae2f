package parties

import "testing"

func TestGroupActsOnItsOwn(t *testing.T) {
	checkGroups(t, []groupCase{
		{"group only described by a copula", "Aid groups were cautious about the pledges. The minister thanked aid groups on Monday.", nil, []string{"Aid groups"}},
		{"group that only has something", "Under the plan consumers will have better choice.", nil, []string{"consumers"}},
		{"group able to do something acts", "Employers will no longer be able to force staff to retire.", []string{"Employers"}, nil},
		{"group with the right to do something acts", "Farmers will have the right to refuse the pylons.", []string{"Farmers"}, nil},
		{"group owned by a pronoun is part of its owner", "Marek Olsen said his allies would block the budget.", nil, []string{"allies"}},
		{"group owned by a pronoun in a quotation", `"Our taxpayers are generous, but our farmers will not pay twice," Ilse Varn said.`, nil, []string{"farmers", "taxpayers"}},
		{"group owned by a pronoun acting bare elsewhere", "The firm said its growers would wait. Growers said they had not been paid.", []string{"growers"}, nil},
		{"group listed beside its pronoun owner is a side of its own", "Marek Olsen and his allies have vowed to block the budget.", []string{"allies"}, nil},
		{"object doing the infinitive of its verb acts", "Under the deal Velcom will allow subscribers to keep their numbers.", []string{"subscribers"}, nil},
		{"object of a verb without an infinitive does not act", "Under the deal Velcom will charge subscribers a fee.", nil, []string{"subscribers"}},
		{"commentators at a named body speak for it", "Analysts at Corran Securities said the offer was too low.", nil, []string{"Analysts"}},
		{"commentators at a named body with an article", "Economists at the Brask Development Bank expect rates to fall.", nil, []string{"Economists"}},
		{"commentators on their own are a group", "Analysts said the offer was too low.", []string{"Analysts"}, nil},
		{"workers at a named body act for themselves", "Workers at Halvern Steel walked out on Monday.", []string{"Workers"}, nil},
		{"a state's authorities act for the state", "The Vestmarkian authorities said they would not release the crew.", nil, []string{"Vestmarkian authorities"}},
		{"a count is no name for a group", "The remaining eight members agreed to cover the cost.", nil, []string{"eight members"}},
	})
}
