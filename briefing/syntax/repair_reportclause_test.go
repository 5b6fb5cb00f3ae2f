package syntax

import "testing"

func TestClauseUnderReport(t *testing.T) {
	checkRepairs(t, []repairCase{
		{"a condition hung on the closing report", "The lenders will also write off £1.2bn of debt if the regulator Ofwat approves higher bills for the next five years, the company said on Monday.", "approves", "write", "advcl"},
		{"the report on the root", "The lenders will also write off £1.2bn of debt if the regulator Ofwat approves higher bills for the next five years, the company said on Monday.", "said", "write", "parataxis"},
	})
}
