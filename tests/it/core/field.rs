//! The inputs' facts (`model::core::field`): the form's order has every field once, and the link
//! names are unique and read back.

use uitstroomrekenaar::model::Field;

#[test]
fn the_form_order_has_every_field_once() {
    let mut order = Field::IN_FORM_ORDER.to_vec();
    order.sort();
    assert_eq!(order, Field::ALL.to_vec());
}

#[test]
fn link_names_are_unique_and_read_back() {
    for (i, f) in Field::ALL.into_iter().enumerate() {
        assert_eq!(f.index(), i);
        assert_eq!(Field::from_link_name(f.link_name()), Some(f));
    }
    assert_eq!(Field::from_link_name("lang"), None);
}
