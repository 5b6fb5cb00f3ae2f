package archive

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// saveForever is the crash test's child: it saves new briefs and updates
// old ones, printing each after Save returns, until it is killed. Each
// title ends in a token "tokN" with N increasing.
func saveForever(a *Archive) int {
	r := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 1))
	var ids []string
	for n := 0; ; n++ {
		b := genBrief(r)
		if len(ids) > 0 && n%3 == 0 {
			old, err := a.Get(ids[r.IntN(len(ids))])
			if err != nil {
				fmt.Println("error", err)
				return 1
			}
			b = old
		}
		b.Title = fmt.Sprintf("crash brief tok%d", time.Now().UnixNano())
		id, err := a.Save(b)
		if err != nil {
			fmt.Println("error", err)
			return 1
		}
		if !containsID(ids, id) {
			ids = append(ids, id)
		}
		fmt.Printf("ok %s %s\n", id, strings.TrimPrefix(b.Title, "crash brief "))
	}
}

func containsID(ids []string, id string) bool { return slices.Contains(ids, id) }

func TestCrashKeepsAcknowledgedSaves(t *testing.T) {
	path := filepath.Join(t.TempDir(), "archive.db")
	acked := map[string]int64{} // ID → newest acknowledged token
	r := rand.New(rand.NewPCG(42, 42))
	for round := range 20 {
		cmd, out, in := startChild(t, "saves "+path)
		// Kill after a number of acknowledged saves, not after a time, so a
		// slow machine changes nothing; round 0 kills during the first open.
		killAfter := 0
		if round > 0 {
			killAfter = 1 + r.IntN(40)
		}
		if killAfter == 0 {
			cmd.Process.Kill()
		}
		seen := 0
		for out.Scan() {
			f := strings.Fields(out.Text())
			if len(f) != 3 || f[0] != "ok" {
				t.Fatalf("round %d: child said %q", round, out.Text())
			}
			tok, _ := strconv.ParseInt(strings.TrimPrefix(f[2], "tok"), 10, 64)
			acked[f[1]] = max(acked[f[1]], tok)
			if seen++; seen == killAfter {
				cmd.Process.Kill()
			}
		}
		cmd.Wait()
		in.Close()
		if _, err := os.Stat(path); round > 0 || err == nil {
			if err := Check(path); err != nil {
				t.Fatalf("round %d: after the kill: %v", round, err)
			}
		}
	}
	if len(acked) < 20 {
		t.Fatalf("only %d saves acknowledged in 20 rounds; the test did not exercise saving", len(acked))
	}
	a, err := Open(path, Options{NoAutoBackup: true})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	for id, tok := range acked {
		b, err := a.Get(id)
		if err != nil {
			t.Errorf("acknowledged brief %s lost: %v", id, err)
			continue
		}
		got, _ := strconv.ParseInt(strings.TrimPrefix(b.Title, "crash brief tok"), 10, 64)
		if got < tok {
			t.Errorf("brief %s: title token %d older than the acknowledged %d", id, got, tok)
		}
		hits, err := a.Search(fmt.Sprintf("tok%d", got), 5)
		if err != nil || len(hits) != 1 || hits[0].ID != id {
			t.Errorf("brief %s: index disagrees with the brief: %v %v", id, hits, err)
		}
	}
	t.Logf("%d briefs acknowledged over 20 kills", len(acked))
}

// TestKillDuringFirstOpen kills a process while it creates a new archive,
// after bbolt initialised the file and before the archive's buckets were
// written: the archive must not be left damaged, and must open and save.
func TestKillDuringFirstOpen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "archive.db")
	cmd, out, in := startChild(t, "create "+path)
	if !out.Scan() || out.Text() != "creating" {
		t.Fatalf("child said %q, want creating", out.Text())
	}
	cmd.Process.Kill()
	cmd.Wait()
	in.Close()
	if _, err := os.Stat(path); err == nil {
		if err := Check(path); err != nil {
			t.Fatalf("the half-made archive was left in place: %v", err)
		}
	}
	a, err := Open(path, Options{NoAutoBackup: true})
	if err != nil {
		t.Fatalf("Open after a kill during the first open: %v", err)
	}
	mustSave(t, a, genBriefSeed(1))
	if err := a.Close(); err != nil {
		t.Fatal(err)
	}
	if err := Check(path); err != nil {
		t.Errorf("after the kill and a save: %v", err)
	}
}
