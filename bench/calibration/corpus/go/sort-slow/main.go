// Planted: cheapestAbove sorts a copy of the prices for every query: O(q·n log n) (sort-once).
package main

import (
	"calib/common"
	"fmt"
	"sort"
)

//go:noinline
func cheapestAbove(prices []int, floor int) int {
	sorted := append([]int(nil), prices...)
	sort.Ints(sorted)
	for _, p := range sorted {
		if p > floor {
			return p
		}
	}
	return -1
}

func main() {
	defer common.Profile()()
	n := common.Size(4000)
	items := common.Records(n)
	prices := make([]int, n)
	acc := uint32(0)
	for i, it := range items {
		prices[i] = (it.ID * 7919) % 10007
		acc ^= common.Checksum(it.Name)
	}
	for q := 0; q < n/10; q++ {
		acc ^= uint32(cheapestAbove(prices, (q*131)%10007))
	}
	fmt.Println(acc)
}
