package syntax

import "testing"

func TestSubjectOnStopRepair(t *testing.T) {
	checkRepairs(t, []repairCase{
		{"a closing report read as a participle on a subject hung on the stop is parataxis of the sentence's verb",
			"Swedish carmaker Nordvik will build a plant near Gdansk, creating 1,500 jobs, the company announced on Thursday.", "announced", "build", "parataxis"},
		{"its noun is its subject",
			"Swedish carmaker Nordvik will build a plant near Gdansk, creating 1,500 jobs, the company announced on Thursday.", "company", "announced", "nsubj"},
	})
}
