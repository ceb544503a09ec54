package ru.trajectory.platform.api;

import java.util.List;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** One page of a list as every list of the API returns it: {@code {"items": [...], "total": N}}. */
@JsonbPropertyOrder({"items", "total"})
public class Page<T> {

    private final List<T> items;
    private final long total;

    public Page(List<T> items, long total) {
        this.items = List.copyOf(items);
        this.total = total;
    }

    public List<T> getItems() {
        return items;
    }

    public long getTotal() {
        return total;
    }
}
