package ru.trajectory.practices.entity;

/** The pupils a practice is meant for; the codes are stored, the labels shown. */
public enum TargetGroup {
    OVZ("дети с ОВЗ"),
    MIGRANT("дети-мигранты"),
    UNMOTIVATED("немотивированные обучающиеся"),
    GIFTED("одарённые дети"),
    LOW_ACHIEVING("обучающиеся с низкими результатами"),
    AT_RISK("дети группы риска");

    private final String label;

    TargetGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
