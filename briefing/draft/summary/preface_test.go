package summary

import "testing"

func TestPrefaceSentence(t *testing.T) {
	checkSentences(t, "preface", preface, []sentenceCase{
		{"a writer's wish that the reader hear it first", "I want you to hear this from me before you read about it anywhere else.", true},
		{"a writer's notice of writing", "I am writing to let you know about some changes to how we work.", true},
		{"a wish that names a party tells news", "I want you to know that Brightwell will close its Derby centre.", false},
		{"a wish with a figure tells news", "We want you to know that 480 roles will go.", false},
		{"a wish of no writer", "The union wants you to vote against the deal.", false},
	})
}
