package no.styringsdata.assignment.entity;

import jakarta.persistence.Embeddable;

/** A budget chapter and post an assignment's text refers to; {@code post} null for the whole chapter. */
@Embeddable
public class PostReference {

    public int chapter;

    public Integer post;

    public PostReference() {
    }

    public PostReference(int chapter, Integer post) {
        this.chapter = chapter;
        this.post = post;
    }
}
