package cli

import (
	"fmt"

	"github.com/briefdesk/briefdesk/briefing"
)

func init() {
	register(&Command{
		Name:    "validate",
		Args:    "FILE.json|-",
		Summary: "Check that a brief's JSON follows the contract (spans, kinds, statuses, dates).",
		Run: func(env Env, args []string) error {
			if len(args) != 1 {
				return usagef("give one FILE.json, or - for standard input")
			}
			data, err := readInput(env, args[0])
			if err != nil {
				return err
			}
			b, err := briefing.Parse(data)
			if err != nil {
				return err
			}
			if err := b.Validate(); err != nil {
				return fmt.Errorf("%s is not a valid brief:\n%w", displayName(args[0]), err)
			}
			sentences, sources := 0, ""
			for _, src := range b.AllSources() {
				sentences += len(src.Sentences)
			}
			if n := b.SourceCount(); n > 1 {
				sources = fmt.Sprintf("%d sources, ", n)
			}
			fmt.Fprintf(env.Stdout, "%s: valid brief (%s%d sentences, %d parties, %d commitments)\n",
				displayName(args[0]), sources, sentences, len(b.Parties), len(b.Commitments))
			return nil
		},
	})
}
