package archive

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
	bolt "go.etcd.io/bbolt"
)

// benchBriefs is the size of the benchmark archive.
const benchBriefs = 10000

// benchVersion names the cached benchmark archive; change it when the
// generator changes. The schema version is part of the name too.
const benchVersion = "g3"

var (
	benchOnce sync.Once
	benchPath string
	benchIDs  []string
	benchErr  error
)

// benchArchive returns a closed archive of 10,000 generated briefs, built
// once and cached in the system's temporary folder, and its IDs.
func benchArchive(b *testing.B) (string, []string) {
	b.Helper()
	benchOnce.Do(func() {
		benchPath = filepath.Join(os.TempDir(), fmt.Sprintf("briefdesk-bench-s%d-%s-%d.db", SchemaVersion, benchVersion, benchBriefs))
		if Check(benchPath) != nil {
			os.Remove(benchPath)
			benchErr = buildBenchArchive(benchPath)
		}
		if benchErr == nil {
			benchIDs, benchErr = allIDs(benchPath)
		}
	})
	if benchErr != nil {
		b.Fatal(benchErr)
	}
	return benchPath, benchIDs
}

func buildBenchArchive(path string) error {
	tmp := path + ".building"
	os.Remove(tmp)
	a, err := Open(tmp, Options{NoAutoBackup: true, noSync: true})
	if err != nil {
		return err
	}
	r := rand.New(rand.NewPCG(2026, 11))
	start := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	for done := 0; done < benchBriefs; done += 500 {
		err := a.update(func(tx *bolt.Tx) error {
			for i := done; i < done+500; i++ {
				if err := saveTx(tx, genBrief(r), start.Add(time.Duration(i)*time.Minute), false); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			a.Close()
			return err
		}
	}
	if err := a.Close(); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

func allIDs(path string) ([]string, error) {
	a, err := Open(path, Options{ReadOnly: true})
	if err != nil {
		return nil, err
	}
	defer a.Close()
	list, err := a.List(ListOptions{})
	ids := make([]string, len(list))
	for i, s := range list {
		ids[i] = s.ID
	}
	return ids, err
}

// benchCopy returns a writable copy of the benchmark archive.
func benchCopy(b *testing.B) string {
	src, _ := benchArchive(b)
	dst := filepath.Join(b.TempDir(), "archive.db")
	data, err := os.ReadFile(src)
	if err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(dst, data, 0o600); err != nil {
		b.Fatal(err)
	}
	return dst
}

func openBench(b *testing.B) (*Archive, []string) {
	path, ids := benchArchive(b)
	a, err := Open(path, Options{ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { a.Close() })
	return a, ids
}

// BenchmarkSave saves new briefs into the 10,000-brief archive, with fsync.
func BenchmarkSave(b *testing.B) {
	a, err := Open(benchCopy(b), Options{NoAutoBackup: true})
	if err != nil {
		b.Fatal(err)
	}
	defer a.Close()
	r := rand.New(rand.NewPCG(5, 5))
	briefs := make([]*briefing.Brief, b.N)
	for i := range briefs {
		briefs[i] = genBrief(r)
	}
	b.ResetTimer()
	for i := range b.N {
		if _, err := a.Save(briefs[i]); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSaveUpdate re-saves existing briefs with an edited title.
func BenchmarkSaveUpdate(b *testing.B) {
	a, err := Open(benchCopy(b), Options{NoAutoBackup: true})
	if err != nil {
		b.Fatal(err)
	}
	defer a.Close()
	_, ids := benchArchive(b)
	b.ResetTimer()
	for i := range b.N {
		br, err := a.Get(ids[(i*7919)%len(ids)])
		if err != nil {
			b.Fatal(err)
		}
		br.Title += " (edited)"
		if _, err := a.Save(br); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkGet(b *testing.B) {
	a, ids := openBench(b)
	b.ResetTimer()
	for i := range b.N {
		if _, err := a.Get(ids[(i*7919)%len(ids)]); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkListFirstPage(b *testing.B) {
	a, _ := openBench(b)
	b.ResetTimer()
	for range b.N {
		if l, err := a.List(ListOptions{Limit: 50}); err != nil || len(l) != 50 {
			b.Fatal(len(l), err)
		}
	}
}

// benchQueries are typical searches: words, prefixes, phrases, filters.
var benchQueries = []string{"vaccine trials", "minister", "kenya pipeline", `"security pact"`,
	"morocco tag:trade", "sola after:2020-01-01", "debt relief before:2019-06-01", "Côte d’Ivoire cocoa",
	"agreement signed", "fund"}

func BenchmarkSearch(b *testing.B) {
	a, _ := openBench(b)
	for _, q := range benchQueries {
		b.Run(strings.ReplaceAll(q, " ", "_"), func(b *testing.B) {
			a.Search(q, 20) // warm the page cache
			b.ResetTimer()
			for range b.N {
				if _, err := a.Search(q, 20); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkOpen opens and closes the archive (read-write, no backup) and
// reports the file size.
func BenchmarkOpen(b *testing.B) {
	path := benchCopy(b)
	b.ResetTimer()
	for range b.N {
		a, err := Open(path, Options{NoAutoBackup: true})
		if err != nil {
			b.Fatal(err)
		}
		a.Close()
	}
	b.StopTimer()
	info, _ := os.Stat(path)
	b.ReportMetric(float64(info.Size())/(1<<20), "file-MB")
}

// BenchmarkMemory reports the resident memory of a fresh process that
// opens the 10,000-brief archive, lists the first page, runs every
// benchmark query and reads 100 briefs (Linux only: it reads /proc).
func BenchmarkMemory(b *testing.B) {
	path, _ := benchArchive(b)
	for range b.N {
		cmd, out, in := startChild(b, "rss "+path)
		in.Close()
		var rss, peak float64
		for out.Scan() {
			fmt.Sscanf(out.Text(), "rss %f peak %f", &rss, &peak)
		}
		if err := cmd.Wait(); err != nil || rss == 0 {
			b.Fatalf("memory child: %v (rss %v)", err, rss)
		}
		b.ReportMetric(rss, "RSS-MB")
		b.ReportMetric(peak, "peak-RSS-MB")
	}
}

// reportMemory is BenchmarkMemory's child.
func reportMemory(a *Archive) int {
	list, err := a.List(ListOptions{Limit: 50})
	for _, q := range benchQueries {
		if err == nil {
			_, err = a.Search(q, 20)
		}
	}
	all, _ := a.List(ListOptions{Limit: 100, Offset: 500})
	for _, s := range all {
		if err == nil {
			_, err = a.Get(s.ID)
		}
	}
	if err != nil || len(list) == 0 {
		fmt.Println("error", err)
		return 1
	}
	fmt.Printf("rss %.1f peak %.1f\n", procStatusMB("VmRSS:"), procStatusMB("VmHWM:"))
	return 0
}

// BenchmarkAutoBackup measures the daily backup with its full check.
func BenchmarkAutoBackup(b *testing.B) {
	path := benchCopy(b)
	a, err := Open(path, Options{NoAutoBackup: true})
	if err != nil {
		b.Fatal(err)
	}
	defer a.Close()
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		for _, old := range must(Backups(path)) {
			os.Remove(old)
		}
		b.StartTimer()
		if _, err := a.AutoBackup(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFirstSave measures opening the 10,000-brief archive and saving
// one brief: the first write pays the archive's full consistency check.
func BenchmarkFirstSave(b *testing.B) {
	path := benchCopy(b)
	r := rand.New(rand.NewPCG(5, 5))
	for range b.N {
		a, err := Open(path, Options{NoAutoBackup: true})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := a.Save(genBrief(r)); err != nil {
			b.Fatal(err)
		}
		a.Close()
	}
}

// BenchmarkCheck measures the full consistency check of the 10,000-brief
// archive (Check, as restore and the daily backup run it).
func BenchmarkCheck(b *testing.B) {
	path, _ := benchArchive(b)
	for range b.N {
		if err := Check(path); err != nil {
			b.Fatal(err)
		}
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// procStatusMB reads a memory figure of this process from /proc (Linux);
// 0 elsewhere.
func procStatusMB(field string) float64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if v, ok := strings.CutPrefix(line, field); ok {
			kb, _ := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 64)
			return kb / 1024
		}
	}
	return 0
}
