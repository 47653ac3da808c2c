// Fixed: the rules are decoded once at start-up.
package main

import (
	"calib/common"
	"encoding/json"
	"fmt"
)

type rule struct {
	Group int      `json:"group"`
	Pct   int      `json:"pct"`
	Tags  []string `json:"tags"`
}

var rules = func() []rule {
	rs := make([]rule, 60)
	for g := range rs {
		rs[g] = rule{Group: g, Pct: (g * 7) % 30, Tags: []string{"a", "b", fmt.Sprint(g)}}
	}
	b, _ := json.Marshal(rs)
	var out []rule
	if err := json.Unmarshal(b, &out); err != nil {
		panic(err)
	}
	return out
}()

//go:noinline
func discountFor(group int) int {
	return rules[group%len(rules)].Pct
}

func main() {
	defer common.Profile()()
	acc := uint32(0)
	for _, it := range common.Records(common.Size(20000)) {
		acc ^= common.Checksum(it.Name) ^ uint32(discountFor(it.ID%97))
	}
	fmt.Println(acc)
}
