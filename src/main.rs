fn main() {
    yew::Renderer::<uitstroomrekenaar::App>::new().render();
}
