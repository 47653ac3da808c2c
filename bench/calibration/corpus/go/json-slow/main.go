// Planted: discountFor decodes the same JSON rules on every call (avoid-reserialize).
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

var rulesText = func() []byte {
	rules := make([]rule, 60)
	for g := range rules {
		rules[g] = rule{Group: g, Pct: (g * 7) % 30, Tags: []string{"a", "b", fmt.Sprint(g)}}
	}
	b, _ := json.Marshal(rules)
	return b
}()

//go:noinline
func discountFor(group int) int {
	var rules []rule
	if err := json.Unmarshal(rulesText, &rules); err != nil {
		panic(err)
	}
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
