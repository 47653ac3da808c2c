// A CPU-bound Go program for the benchmark's real pprof input: two goroutines run
// a mix of standard-library work (JSON, regexp, flate, sha256, sort, big numbers,
// templates, fmt) under a recursive driver whose depth and path vary, so the
// profile has many distinct, realistic stacks. It stops after SECONDS of its own
// CPU time (not wall time), so a busy machine gives the same number of samples,
// only later. Usage: gowork CPU_SECONDS OUT.pb.gz
package main

import (
	"bytes"
	"compress/flate"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"math/big"
	"math/rand"
	"os"
	"regexp"
	"runtime"
	"runtime/pprof"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"text/template"
	"time"
)

// cpuTime is this process's user + system CPU time so far.
func cpuTime() time.Duration {
	var u syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &u)
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
}

type record struct {
	ID    int               `json:"id"`
	Name  string            `json:"name"`
	Tags  []string          `json:"tags"`
	Attrs map[string]string `json:"attrs"`
	Score float64           `json:"score"`
}

var words = regexp.MustCompile(`([a-z]+)-(\d+)`)
var page = template.Must(template.New("p").Parse(`{{range .}}<li>{{.Name}} {{.Score}}</li>{{end}}`))

func makeRecords(r *rand.Rand, n int) []record {
	out := make([]record, n)
	for i := range out {
		out[i] = record{ID: i, Name: "item-" + strconv.Itoa(r.Intn(1000)), Tags: []string{"a", "b", strconv.Itoa(i)},
			Attrs: map[string]string{"k": fmt.Sprint(r.Int63())}, Score: r.Float64()}
	}
	return out
}

func encodeDecode(r *rand.Rand) int {
	data, _ := json.Marshal(makeRecords(r, 40))
	var back []record
	_ = json.Unmarshal(data, &back)
	return len(back)
}

func matchWords(r *rand.Rand) int {
	var sb strings.Builder
	for i := 0; i < 200; i++ {
		fmt.Fprintf(&sb, "word-%d other %x ", r.Intn(5000), r.Int())
	}
	return len(words.FindAllStringSubmatch(sb.String(), -1))
}

func compress(r *rand.Rand) int {
	var buf bytes.Buffer
	w, _ := flate.NewWriter(&buf, 6)
	for i := 0; i < 400; i++ {
		fmt.Fprintf(w, "line %d value %d\n", i, r.Intn(100))
	}
	w.Close()
	return buf.Len()
}

func hash(r *rand.Rand) int {
	b := make([]byte, 8192)
	r.Read(b)
	s := sha256.Sum256(b)
	return int(s[0])
}

func sortThings(r *rand.Rand) int {
	xs := make([]string, 2000)
	for i := range xs {
		xs[i] = strconv.FormatInt(r.Int63(), 36)
	}
	sort.Strings(xs)
	return len(xs[0])
}

func bigMath(r *rand.Rand) int {
	x := big.NewInt(r.Int63())
	for i := 0; i < 30; i++ {
		x.Mul(x, big.NewInt(r.Int63()|1))
	}
	return len(x.String())
}

func render(r *rand.Rand) int {
	var buf bytes.Buffer
	_ = page.Execute(&buf, makeRecords(r, 30))
	return buf.Len()
}

var work = []func(*rand.Rand) int{encodeDecode, matchWords, compress, hash, sortThings, bigMath, render}

// The recursive driver: a few distinct frames in varying order and depth above the work.
func walk(r *rand.Rand, depth int) int {
	if depth == 0 {
		return work[r.Intn(len(work))](r)
	}
	switch r.Intn(4) {
	case 0:
		return parseNode(r, depth-1)
	case 1:
		return visitChild(r, depth-1)
	case 2:
		return evalExpr(r, depth-1)
	}
	return walk(r, depth-1)
}

func parseNode(r *rand.Rand, depth int) int  { return walk(r, depth) + 1 }
func visitChild(r *rand.Rand, depth int) int { return walk(r, depth) + 2 }
func evalExpr(r *rand.Rand, depth int) int   { return walk(r, depth) + 3 }

func main() {
	seconds, _ := strconv.ParseFloat(os.Args[1], 64)
	out, err := os.Create(os.Args[2])
	if err != nil {
		panic(err)
	}
	// 250 Hz, set before StartCPUProfile (which then keeps it, with a warning): Linux
	// delivers CPU-time timer signals on the scheduler tick, 250 Hz here, so Go's default
	// 100 Hz wastes most of the CPU spent, and a higher rate would be recorded but not met.
	runtime.SetCPUProfileRate(250)
	if err := pprof.StartCPUProfile(out); err != nil {
		panic(err)
	}
	budget := time.Duration(seconds * float64(time.Second))
	var wg sync.WaitGroup
	for g := 0; g < 2; g++ {
		wg.Add(1)
		go func(seed int64) {
			defer wg.Done()
			r := rand.New(rand.NewSource(seed))
			for cpuTime() < budget {
				for i := 0; i < 20; i++ {
					walk(r, 3+r.Intn(12))
				}
			}
		}(int64(g + 1))
	}
	wg.Wait()
	pprof.StopCPUProfile()
	out.Close()
}
