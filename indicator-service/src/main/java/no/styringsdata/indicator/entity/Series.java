package no.styringsdata.indicator.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Optional;

/** One indicator over the years: every indicator whose normalised text is {@code textKey} belongs to it. */
@Entity
@Table(name = "series")
public class Series extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "text_key")
    public String textKey;

    /** The wire name of the kind of the indicator that started the series. */
    public String kind;

    /** The text of the indicator that started the series. */
    public String text;

    public static Optional<Series> findByTextKey(String textKey) {
        return find("textKey", textKey).firstResultOptional();
    }
}
